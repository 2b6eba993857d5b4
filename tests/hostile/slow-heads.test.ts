import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/start-mock.js';
import { request, tinyWrites } from './hostile-case.js';
import { exchange } from './raw-exchange.js';

const HEADERS_TIMEOUT_MS = 500;
const REQUEST_TIMEOUT_MS = 1000;
const CONNECTIONS = 24;
/** Far slower than the timeout allows: the head would take 11 s. */
const BYTE_GAP_MS = 175;
/** Each connection starts a little after the one before, so that their timeouts fall together in the checks. */
const STAGGER_MS = 50;

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS });
});
afterAll(() => mock.close());

describe('many slow ACTION requests at once', () => {
  it('answers each with 408 when their headers timeouts expire together, and the mock stays up', async () => {
    const head = request('ACTION', '/connection/1000-0001/connect', { headers: { 'X-Slow': 'yes' } });
    const results = await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, i) => {
        await sleep(i * STAGGER_MS);
        return exchange(mock.url, tinyWrites(head), { responses: 1, gapMs: BYTE_GAP_MS, timeoutMs: 10_000 });
      }),
    );
    expect(results.map((r) => r.responses.map((response) => response.status))).toEqual(results.map(() => [408]));
    expect(results.every((r) => r.responses[0]?.headers['content-type'] === 'application/problem+json')).toBe(true);
    expect((await fetch(`${mock.url}/__admin/health`)).status).toBe(200);
    expect((await fetch(`${mock.url}/connection/1000-0001/connect`, { method: 'ACTION' })).status).toBe(200);
    expect(mock.actions().map((a) => a.path)).toEqual(['/connection/1000-0001/connect']);
  });

  it('answers 408 to slow heads on connections that already carried an ACTION, several at once', async () => {
    const first = request('ACTION', '/computer/123456/NEAR/observe', { body: '{}' });
    const slow = tinyWrites(request('ACTION', '/connection/1000-0001/connect'));
    const results = await Promise.all(
      Array.from({ length: CONNECTIONS / 2 }, async (_, i) => {
        await sleep(i * STAGGER_MS);
        return exchange(mock.url, [first, ...slow], { responses: 2, gapMs: BYTE_GAP_MS, timeoutMs: 10_000 });
      }),
    );
    expect(results.map((r) => r.responses.map((response) => response.status))).toEqual(results.map(() => [200, 408]));
    expect((await fetch(`${mock.url}/__admin/health`)).status).toBe(200);
  });

  it('answers 408 to trickled ACTION bodies whose request timeouts expire together, and applies none of them', async () => {
    mock.reset();
    // A body the ACTION would accept (`{}` and blanks), sent far slower than the request timeout allows.
    const body = `{${' '.repeat(40)}}`;
    const head = request('ACTION', '/computer/123456/NEAR/observe', { body }).subarray(0, -body.length);
    const results = await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, i) => {
        await sleep(i * STAGGER_MS);
        return exchange(mock.url, [head, ...tinyWrites(Buffer.from(body))], { responses: 1, gapMs: BYTE_GAP_MS, timeoutMs: 15_000 });
      }),
    );
    expect(results.map((r) => r.responses.map((response) => response.status))).toEqual(results.map(() => [408]));
    expect(results.every((r) => r.responses[0]?.headers['content-type'] === 'application/problem+json')).toBe(true);
    expect(mock.actions()).toEqual([]);
    const observe = await fetch(`${mock.url}/computer/123456/NEAR/observe`, {
      method: 'ACTION',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(observe.status).toBe(200);
  });
});
