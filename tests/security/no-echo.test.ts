import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { BIN } from '../helpers/spawn-bin.js';
import { startTestMock, type TestMock } from '../helpers/test-mock.js';
import { everything, PLANTED, secretsIn } from './mock-state.js';
import { send } from './wire.js';

/** Bodies that are not JSON, each with the planted password where JSON.parse would quote it. */
const BROKEN_BODIES: ReadonlyArray<[string, string, RegExp]> = [
  ['the password unquoted', `{"rdp.password":${PLANTED}}`, /^\/body\/rdp\.password$/],
  ['only the password', PLANTED, /^\/body$/],
  ['the password and a missing brace', `{"rdp.password":"${PLANTED}"`, /^\/body$/],
  ['a raw newline in the password', `{"rdp.password":"${PLANTED}\n"}`, /^\/body\/rdp\.password$/],
  ['a bad escape after the password', `{"rdp.password":"${PLANTED}\\x"}`, /^\/body\/rdp\.password$/],
  ['the password as a key', `{"${PLANTED}" 1}`, /^\/body$/],
  ['a trailing comma after the password', `{"rdp.username":"u","rdp.password":"${PLANTED}",}`, /^\/body$/],
  ['the password in an array', `["${PLANTED}" "x"]`, /^\/body$/],
  ['the password after the document', `{} ${PLANTED}`, /^\/body$/],
  ['a long body', `{"note":"${'x'.repeat(5000)}","rdp.password":${PLANTED}}`, /^\/body\/rdp\.password$/],
];

const TARGETS = [
  ['PUT', '/connection/1000-0001/credentials'],
  ['PUT', '/computer/123456/RDP_3390'],
  ['PUT', '/group/'],
  ['ACTION', '/connection/1000-0001/connect'],
  ['PUT', '/__admin/state'],
  ['POST', '/__admin/reset'],
  ['PUT', '/__admin/faults'],
] as const;

describe('errors never echo what was sent', () => {
  let t: TestMock;
  const log: string[] = [];
  beforeAll(async () => {
    t = await startTestMock({ log: 'json', writeLog: (line) => log.push(line) });
  });
  afterAll(() => t.close());

  it.each(BROKEN_BODIES)('answers a body with %s by where and what, never the text', async (_, body, path) => {
    const before = everything(t.mock);
    for (const [method, target] of TARGETS) {
      const response = await send(t.url, { method, target, headers: [['Content-Type', 'application/json']], body });
      const label = `${method} ${target}`;
      expect(response.status, label).toBe(400);
      const problem = JSON.parse(response.body);
      expect(problem.type, label).toBe('urn:remotix-mock:problem:malformed-json');
      expect(problem.errors[0].path, label).toMatch(path);
      expect(problem.errors[0].message, label).toMatch(/^is not valid JSON at byte \d+ \(line \d+, column \d+\): /);
      expect(secretsIn(response.body), label).toEqual([]);
      expect(response.body, label).not.toMatch(/Planted|Hunter|q7Zx/);
    }
    expect({ ...(everything(t.mock) as object), requests: [] }).toEqual({ ...(before as object), requests: [] });
    expect(JSON.stringify(t.mock.requests())).not.toContain(PLANTED);
    expect(log.join('\n')).not.toContain(PLANTED);
  });

  it.each([
    ['an unknown path', 'GET', `/${PLANTED}`, 404],
    ['a path with another method', 'GET', `/connection/${PLANTED}/credentials`, 405],
    ['an id off its pattern', 'PUT', `/connection/${PLANTED}/credentials`, 400],
    ['a query parameter', 'GET', `/groups?password=${PLANTED}`, 400],
    ['an unknown session name', 'DELETE', `/__admin/mock-sessions/${PLANTED}`, 404],
  ])('does not echo the password in %s', async (_, method, target, status) => {
    const response = await send(t.url, { method, target });
    expect(response.status).toBe(status);
    expect(response.body).not.toContain(PLANTED);
  });

  it('names the first bad byte of a body that is not UTF-8, not the bytes around it', async () => {
    const body = Buffer.concat([Buffer.from(`{"rdp.password":"${PLANTED}`), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const response = await send(t.url, {
      method: 'PUT',
      target: '/connection/1000-0001/credentials',
      headers: [['Content-Type', 'application/json']],
      body,
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).errors[0].message).toBe(`is not valid UTF-8 from byte ${17 + PLANTED.length}`);
    expect(response.body).not.toContain(PLANTED);
  });

  it.each([
    ['a Content-Type', [['Content-Type', `text/${PLANTED}`]]],
    [
      'an X-Mock-Session',
      [
        ['X-Mock-Session', `${PLANTED} !`],
        ['Content-Type', 'application/json'],
      ],
    ],
    [
      'an Authorization',
      [
        ['Authorization', `Bearer ${PLANTED}`],
        ['Content-Type', 'application/json'],
      ],
    ],
    ['a Host', [['Content-Type', 'application/json']], `${PLANTED}.evil.example`],
    [
      'an Origin',
      [
        ['Origin', `http://${PLANTED}.example`],
        ['Content-Type', 'application/json'],
      ],
    ],
  ] as Array<[string, Array<[string, string]>, string?]>)('does not echo %s header, answered or refused', async (_, headers, host) => {
    const response = await send(t.url, { method: 'PUT', target: '/group/', host, headers, body: '{"name":"x"}' });
    expect(response.body).not.toContain(PLANTED);
  });
});

describe('a fixture file that is not JSON', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'remotix-no-echo-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('stops start-up with the file, line, column and JSON path, never the password', async () => {
    const file = join(folder, 'mine.json');
    await writeFile(file, `{\n  "groups": [],\n  "connections": [{"credentials": {"rdp.password": ${PLANTED}}}]\n}\n`);
    const { code, stdout, stderr } = await run(process.execPath, [BIN, '--fixtures', file, '--port', '0']);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${file}: /connections/0/credentials/rdp.password is not valid JSON at byte 69 (line 3, column 52): expected a value, found a letter`,
    );
    expect(stdout + stderr).not.toContain(PLANTED);
  });

  it('says the same of a fixture that is valid JSON but not a fixture, without its values', async () => {
    const file = join(folder, 'wrong.json');
    await writeFile(
      file,
      JSON.stringify({ groups: [], connections: [{ credentials: { 'rdp.password': 12 } }], computers: [], nearby: [], x: PLANTED }),
    );
    const { code, stdout, stderr } = await run(process.execPath, [BIN, '--fixtures', file, '--port', '0']);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toContain(PLANTED);
  });
});
