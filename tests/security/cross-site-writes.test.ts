import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from '../helpers/test-mock.js';
import { everything } from './mock-state.js';
import { send, type WireRequest } from './wire.js';

const JSON_TYPE = ['Content-Type', 'application/json'] as const;

/** Every kind of write, API and admin, as a page could send it (or a script with fetch, given CORS). */
const WRITES: ReadonlyArray<Omit<WireRequest, 'host' | 'headers'> & { type?: readonly [string, string] }> = [
  { method: 'POST', target: '/__admin/reset' },
  { method: 'POST', target: '/__admin/reset', body: '' },
  { method: 'POST', target: '/__admin/reset', body: 'a=b', type: ['Content-Type', 'text/plain'] },
  { method: 'POST', target: '/__admin/reset', body: '{}', type: ['Content-Type', 'application/x-www-form-urlencoded'] },
  { method: 'PUT', target: '/__admin/state', body: '{"groups":[],"connections":[],"computers":[],"nearby":[]}', type: JSON_TYPE },
  { method: 'PUT', target: '/__admin/faults', body: '{"rules":[{"path":"/groups","status":500}]}', type: JSON_TYPE },
  { method: 'DELETE', target: '/__admin/actions' },
  { method: 'DELETE', target: '/__admin/requests' },
  { method: 'DELETE', target: '/__admin/sessions' },
  { method: 'PUT', target: '/group/', body: '{"name":"Owned"}', type: JSON_TYPE },
  { method: 'PUT', target: '/connection/1000-0001/credentials', body: '{"rdp.password":"owned"}', type: JSON_TYPE },
  { method: 'PUT', target: '/computer/123456/VNC', body: '{"quality":"low"}', type: JSON_TYPE },
  { method: 'DELETE', target: '/connection/1000-0005' },
  { method: 'DELETE', target: '/computer/654321' },
  { method: 'ACTION', target: '/connection/1000-0001/connect' },
  { method: 'ACTION', target: '/computer/123456/chat' },
  { method: 'PATCH', target: '/group/0123-CDEF', body: '{"name":"Owned"}', type: JSON_TYPE },
];

describe('writes from another web origin', () => {
  let t: TestMock;
  let own: string;
  beforeAll(async () => {
    t = await startTestMock({ corsOrigins: ['http://app.example:8080'] });
    own = new URL(t.url).origin;
  });
  afterAll(() => t.close());

  const foreign: Array<[string, (own: string) => Array<[string, string]>]> = [
    ['a foreign Origin', () => [['Origin', 'http://evil.example']]],
    ['Origin: null (a sandboxed frame, a file: page, a redirect)', () => [['Origin', 'null']]],
    ['the Origin of another port on the same host', (o) => [['Origin', o.replace(/:\d+$/, ':1')]]],
    ['the Origin of the same port under another name', (o) => [['Origin', o.replace('127.0.0.1', 'localhost')]]],
    ['the https Origin of the same host', (o) => [['Origin', o.replace('http:', 'https:')]]],
    ['a --cors origin but for its port', () => [['Origin', 'http://app.example:8081']]],
    ['a --cors origin with a path', () => [['Origin', 'http://app.example:8080/']]],
    [
      'two Origins, one of them the own',
      (o) => [
        ['Origin', o],
        ['Origin', 'http://evil.example'],
      ],
    ],
    ['Sec-Fetch-Site: cross-site without Origin', () => [['Sec-Fetch-Site', 'cross-site']]],
    ['a foreign Referer without Origin', () => [['Referer', 'http://evil.example/page.html']]],
    ['Sec-Fetch-Site: same-site without Origin', () => [['Sec-Fetch-Site', 'same-site']]],
    ['Sec-Fetch-Site: CROSS-SITE without Origin', () => [['Sec-Fetch-Site', 'CROSS-SITE']]],
    [
      'the own Origin with Sec-Fetch-Site: cross-site',
      (o) => [
        ['Origin', o],
        ['Sec-Fetch-Site', 'cross-site'],
      ],
    ],
  ];

  it.each(foreign)('refuses every write with %s: a 403 problem, and nothing changes', async (_, headersOf) => {
    const before = everything(t.mock);
    for (const { type, ...write } of WRITES) {
      const headers = [...headersOf(own), ...(type ? [type] : [])];
      const response = await send(t.url, { ...write, headers });
      const label = `${write.method} ${write.target} ${JSON.stringify(headers)}`;
      expect(response.status, label).toBe(403);
      expect(response.headers['content-type'], label).toBe('application/problem+json');
      const problem = JSON.parse(response.body);
      expect(problem.type, label).toBe('urn:remotix-mock:problem:cross-site-request');
      expect(problem.detail, label).toContain('--cors');
      expect(response.body).not.toContain('owned');
    }
    expect(everything(t.mock)).toEqual(before);
  });

  it('refuses before a session is made or a body is read', async () => {
    const headers: Array<[string, string]> = [
      ['Origin', 'http://evil.example'],
      ['X-Mock-Session', 'made-by-evil'],
      ['Content-Type', 'application/json'],
    ];
    expect((await send(t.url, { method: 'PUT', target: '/group/', headers, body: '{"name":' })).status).toBe(403);
    const sessions = await t.call('GET', '/__admin/mock-sessions');
    expect(sessions.body.sessions.map((s: { name: string | null }) => s.name)).not.toContain('made-by-evil');
  });

  it('leaves reads alone (a page cannot read the answer without CORS)', async () => {
    const response = await send(t.url, { method: 'GET', target: '/groups', headers: [['Origin', 'http://evil.example']] });
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['no Origin at all (curl, SDKs, test runners)', () => []],
    ['Sec-Fetch-Site: none (typed by the user)', () => [['Sec-Fetch-Site', 'none']]],
    ['its own page as Referer, without Origin', (o: string) => [['Referer', `${o}/__admin/`]]],
    [
      'its own Origin, from the dashboard',
      (o: string) => [
        ['Origin', o],
        ['Sec-Fetch-Site', 'same-origin'],
      ],
    ],
    [
      'a --cors origin, cross-site as it is',
      () => [
        ['Origin', 'http://app.example:8080'],
        ['Sec-Fetch-Site', 'cross-site'],
      ],
    ],
  ] as Array<[string, (own: string) => Array<[string, string]>]>)('lets writes through with %s', async (_, headersOf) => {
    const write = { method: 'PUT', target: '/group/', body: '{"name":"Allowed"}' };
    const response = await send(t.url, { ...write, headers: [...headersOf(own), JSON_TYPE] });
    expect(response.status).toBe(200);
    const reset = await send(t.url, { method: 'POST', target: '/__admin/reset', headers: headersOf(own) });
    expect(reset.status).toBe(200);
  });
});
