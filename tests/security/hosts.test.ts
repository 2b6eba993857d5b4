import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from '../helpers/test-mock.js';
import { everything, FIXTURE_PASSWORDS, secretsIn } from './mock-state.js';
import { send, type WireRequest } from './wire.js';

/** What a page under a rebound name did with the default settings: read every password, change state. */
const ATTACKS: ReadonlyArray<Omit<WireRequest, 'host'>> = [
  { method: 'GET', target: '/computer/123456/RDP_3390/credentials' },
  { method: 'GET', target: '/__admin/state?includeSecrets=true' },
  { method: 'GET', target: '/__admin/requests' },
  { method: 'GET', target: '/__admin/' },
  { method: 'GET', target: '/__admin/health' },
  {
    method: 'PUT',
    target: '/connection/1000-0001/credentials',
    headers: [['Content-Type', 'application/json']],
    body: '{"rdp.password":"owned"}',
  },
  { method: 'ACTION', target: '/connection/1000-0001/connect' },
  {
    method: 'PUT',
    target: '/__admin/state',
    headers: [['Content-Type', 'application/json']],
    body: '{"groups":[],"connections":[],"computers":[],"nearby":[]}',
  },
  { method: 'POST', target: '/__admin/reset' },
  { method: 'DELETE', target: '/connection/1000-0005' },
];

const REFUSED_HOSTS = [
  'evil.example',
  'evil.example:PORT',
  'localhost.evil.example:PORT',
  '127.0.0.1.nip.io:PORT',
  'evil.localhost.evil.example',
  'localhost.:PORT',
  'evil.example.:PORT',
  'localhost.evil.example.',
  '127.0.0.1.:PORT',
  'EVIL.EXAMPLE:PORT',
  'LOCALHOST.EVIL.EXAMPLE:PORT',
  'LocalHost.Evil.Example',
  '.localhost',
  'localhost..evil',
  'localhost:PORT@evil.example',
  'evil.example@localhost',
  'localhost%2eevil.example',
  '127.1:PORT',
  '0x7f.0.0.1',
  '2130706433:PORT',
  '[::1].evil.example',
  '[::1',
  '[fe80::1%25eth0]:PORT',
  'localhost:99999',
  'localhost:',
  'localhost:PORT:PORT',
  'loca\u00e9lhost',
  '\u212Aocalhost',
  'localhost evil.example',
  '',
];

describe('the Host allow-list, by default', () => {
  let t: TestMock;
  let port: string;
  beforeAll(async () => {
    t = await startTestMock();
    port = new URL(t.url).port;
  });
  afterAll(() => t.close());

  it.each(REFUSED_HOSTS)('refuses Host %j on every path, reads and writes, with a 403 naming the flag', async (spelled) => {
    const host = spelled.replaceAll('PORT', port);
    const before = everything(t.mock);
    for (const attack of ATTACKS) {
      const response = await send(t.url, { ...attack, host });
      const label = `${attack.method} ${attack.target} with Host ${JSON.stringify(host)}`;
      expect(response.status, label).toBe(403);
      expect(response.headers['content-type'], label).toBe('application/problem+json');
      expect(JSON.parse(response.body).detail, label).toContain('--allowed-hosts');
      expect(secretsIn(response.body), label).toEqual([]);
      expect(response.body).not.toContain('owned');
    }
    expect(everything(t.mock)).toEqual(before);
  });

  it.each([
    'localhost',
    'localhost:PORT',
    'LOCALHOST:PORT',
    'app.localhost:PORT',
    'a.b.localhost',
    '127.0.0.1:PORT',
    '127.0.0.1',
    '10.1.2.3:8080',
    '[::1]:PORT',
    '[fd00::1]',
  ])('answers Host %j: localhost, its subdomains and IP addresses, any port', async (spelled) => {
    const response = await send(t.url, {
      method: 'GET',
      target: '/computer/123456/RDP_3390/credentials',
      host: spelled.replaceAll('PORT', port),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).password).toBe('Rdp-Studio-2');
  });

  it('refuses a request without a Host header like one with a foreign Host', async () => {
    const response = await send(t.url, { method: 'POST', target: '/__admin/reset', host: null });
    expect(response.status).toBe(403);
  });

  it('refuses a second Host header (400), whichever comes first', async () => {
    const before = everything(t.mock);
    for (const [first, second] of [
      ['127.0.0.1', 'evil.example'],
      ['evil.example', '127.0.0.1'],
    ]) {
      const response = await send(t.url, { method: 'POST', target: '/__admin/reset', host: first, headers: [['Host', second!]] });
      expect(response.status).toBe(400);
    }
    expect(everything(t.mock)).toEqual(before);
  });

  it('refuses an absolute-form target naming another host, whatever the Host header says', async () => {
    const before = everything(t.mock);
    const response = await send(t.url, { method: 'GET', target: `http://evil.example:${port}/__admin/state?includeSecrets=true` });
    expect(response.status).toBe(403);
    expect(secretsIn(response.body)).toEqual([]);
    const ok = await send(t.url, { method: 'GET', target: `http://localhost:${port}/groups` });
    expect(ok.status).toBe(200);
    expect({ ...(everything(t.mock) as object), requests: [] }).toEqual({ ...(before as object), requests: [] });
  });
});

describe('--allowed-hosts', () => {
  it('answers the names given (a compose service, a domain and its subdomains), in any case, and nothing else', async () => {
    const t = await startTestMock({ allowedHosts: ['remotix-mock', '.corp.example'] });
    try {
      const status = async (host: string) => (await send(t.url, { method: 'GET', target: '/groups', host })).status;
      expect(await status('remotix-mock:3000')).toBe(200);
      expect(await status('REMOTIX-MOCK')).toBe(200);
      expect(await status('corp.example')).toBe(200);
      expect(await status('ci.corp.example:8080')).toBe(200);
      expect(await status('localhost')).toBe(200);
      expect(await status('evilcorp.example')).toBe(403);
      expect(await status('remotix-mock.evil.example')).toBe(403);
      expect(await status('corp.example.evil.example')).toBe(403);
      expect(await status('remotix-mock.')).toBe(403);
    } finally {
      await t.close();
    }
  });

  it('answers any well-formed name with *', async () => {
    const t = await startTestMock({ allowedHosts: ['*'] });
    try {
      expect((await send(t.url, { method: 'GET', target: '/groups', host: 'evil.example' })).status).toBe(200);
      expect((await send(t.url, { method: 'GET', target: '/groups', host: 'a@b' })).status).toBe(403);
    } finally {
      await t.close();
    }
  });

  it('leaves the fixture passwords where they were', () => {
    expect(FIXTURE_PASSWORDS).toHaveLength(8);
  });
});
