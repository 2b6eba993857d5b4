import { afterAll, afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { loadDescriptions } from '../../src/load-descriptions.js';
import { type Mock, startMock } from '../../src/start-mock.js';
import { malformedBodyCases, prototypeKeyCases } from './cases/body-cases.js';
import { methodTokenCases } from './cases/method-token-cases.js';
import { methodCases, pathCases } from './cases/path-cases.js';
import { pipeliningCases } from './cases/pipelining-cases.js';
import { slowHeadCases } from './cases/slow-head-cases.js';
import { framingCases, pacingCases } from './cases/transport-cases.js';
import { upgradeCases } from './cases/upgrade-cases.js';
import { encodingCases, wrongValueCases } from './cases/value-cases.js';
import { type HostileCase, IMPATIENT_HEADERS_TIMEOUT_MS, type ServerName, SMALL_BODY_LIMIT } from './hostile-case.js';
import { exchange, type WireResponse } from './raw-exchange.js';

const TABLES: Array<[string, HostileCase[]]> = [
  ['malformed, mistyped and oversized bodies', malformedBodyCases],
  ['__proto__, constructor and prototype keys', prototypeKeyCases],
  ['wrong types, empty and huge values', wrongValueCases],
  ['invalid UTF-8 and NUL bytes', encodingCases],
  ['ids with encoded slashes, dots and traversal; overlong heads', pathCases],
  ['methods the path lacks and unknown methods', methodCases],
  ['request smuggling against the ACTION transport', framingCases],
  ['tiny writes, slow clients and pipelining', pacingCases],
  ['method tokens near ACTION, at every split point', methodTokenCases],
  ['requests asking to upgrade (h2c, websocket)', upgradeCases],
  ['pipelining after bodies ending in each kind of byte', pipeliningCases],
  ['slow heads on fresh and framed connections', slowHeadCases],
];

/** `HOSTILE_SHOW_KNOWN_ISSUES=1` runs the known-issue cases as ordinary tests, to see how they fail. */
const SHOW_KNOWN_ISSUES = process.env.HOSTILE_SHOW_KNOWN_ISSUES === '1';

const servers = {} as Record<ServerName, Mock>;
let consoleError: MockInstance<typeof console.error>;

beforeAll(async () => {
  const descriptions = await loadDescriptions();
  servers.standard = await startMock({ descriptions });
  servers.small = await startMock({ descriptions, bodyLimit: SMALL_BODY_LIMIT });
  servers.impatient = await startMock({ descriptions, headersTimeoutMs: IMPATIENT_HEADERS_TIMEOUT_MS });
});
afterEach(() => consoleError?.mockRestore());
afterAll(() => Promise.all(Object.values(servers).map((mock) => mock.close())));

const admin = async (mock: Mock, method: string, path: string) => {
  const response = await fetch(`${mock.url}${path}`, { method });
  return { status: response.status, body: (await response.json()) as any };
};
/** The state export, secrets included: what "nothing changed" is judged by. */
const exportState = async (mock: Mock) => (await admin(mock, 'GET', '/__admin/state?includeSecrets=true')).body;

function expectProblem(response: WireResponse): void {
  expect(response.headers['content-type'], 'content type').toBe('application/problem+json');
  const body = JSON.parse(response.body);
  expect(body).toEqual(
    expect.objectContaining({
      type: expect.stringMatching(/^urn:remotix-mock:problem:[a-z-]+$/),
      title: expect.any(String),
      status: response.status,
      detail: expect.any(String),
    }),
  );
}

async function runCase(hostile: HostileCase): Promise<void> {
  const mock = servers[hostile.server ?? 'standard'];
  expect((await admin(mock, 'POST', '/__admin/reset')).status).toBe(200);
  const before = await exportState(mock);
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);

  const started = performance.now();
  const result = await exchange(mock.url, hostile.writes, { responses: hostile.statuses.length, gapMs: hostile.gapMs });
  const elapsedMs = performance.now() - started;
  expect(result.timedOut, 'gave up waiting for an answer').toBe(false);
  if (hostile.withinMs !== undefined) expect(elapsedMs, 'ms until the last answer').toBeLessThan(hostile.withinMs);
  expect(result.responses.map((r) => r.status)).toEqual(hostile.statuses);
  for (const response of result.responses.filter((r) => r.status >= 400)) expectProblem(response);
  if (hostile.statuses.length === 0) expect(result.closed).toBe(true);

  expect((await admin(mock, 'GET', '/__admin/health')).status, 'still answering').toBe(200);
  expect(await exportState(mock)).toEqual(before);
  const { actions } = (await admin(mock, 'GET', '/__admin/actions')).body;
  expect(actions.map((a: { method: string; path: string }) => `${a.method} ${a.path}`)).toEqual(hostile.actions ?? []);
  const { requests } = (await admin(mock, 'GET', '/__admin/requests')).body;
  expect(
    requests.filter((r: { status: number }) => r.status >= 500),
    'journaled 5xx',
  ).toEqual([]);
  expect(
    consoleError.mock.calls.map((call) => String(call[0])),
    'errors logged as bugs',
  ).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

for (const [title, cases] of TABLES) {
  describe(`hostile input: ${title}`, () => {
    for (const hostile of cases) {
      const statuses = hostile.statuses.length > 0 ? hostile.statuses.join(' then ') : 'a closed connection';
      const sentence = `answers ${hostile.name} with ${statuses}, stays up and changes nothing else`;
      if (hostile.knownIssue && !SHOW_KNOWN_ISSUES) it.fails(`[known issue: ${hostile.knownIssue}] ${sentence}`, () => runCase(hostile));
      else it(sentence, () => runCase(hostile));
    }
  });
}
