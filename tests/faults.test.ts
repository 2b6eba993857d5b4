import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawGet } from './helpers/raw-get.js';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const setFaults = async (faults: unknown, headers: Record<string, string> = {}) => {
  const response = await t.call('PUT', '/__admin/faults', faults, headers);
  expect(response.status).toBe(200);
  return response.body;
};
const journal = async (headers: Record<string, string> = {}) =>
  (await t.call('GET', '/__admin/requests', undefined, headers)).body.requests;

describe('faults on demand', () => {
  it('answers the next N matching requests with the chosen status, then recovers', async () => {
    const state = await setFaults({ rules: [{ method: 'PUT', path: '/connection/*/credentials', status: 503, times: 2 }] });
    expect(state.rules).toEqual([{ method: 'PUT', path: '/connection/*/credentials', status: 503, times: 2, remaining: 2 }]);
    const body = { 'rdp.password': 'x' };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await t.call('PUT', '/connection/1000-0001/credentials', body)).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await t.call('GET', '/groups')).status).toBe(200);
    expect((await journal()).map((r: { status: number; fault?: string }) => [r.status, r.fault ?? null])).toEqual([
      [503, 'status:503'],
      [503, 'status:503'],
      [200, null],
      [200, null],
    ]);
  });

  it('changes no state for a faulted request', async () => {
    await setFaults({ rules: [{ path: '/group/', status: 500 }] });
    expect((await t.call('PUT', '/group/', { name: 'Never made' })).status).toBe(500);
    expect((await t.call('GET', '/groups')).body.groups).toHaveLength(3);
  });

  it('closes the connection without an answer for a close rule', async () => {
    await setFaults({ rules: [{ method: 'ACTION', path: '/connection/*/connect', close: true }] });
    await expect(t.call('ACTION', '/connection/1000-0001/connect')).rejects.toThrow();
    expect((await t.call('ACTION', '/connection/1000-0001/connect')).status).toBe(200);
    expect((await journal())[0]).toMatchObject({ method: 'ACTION', status: 0, fault: 'closed' });
    expect(t.mock.actions().map((a) => a.seq)).toEqual([1]);
  });

  it('delays answers by the latency and journals it', async () => {
    await setFaults({ latency: { minMs: 120, maxMs: 120 } });
    const started = performance.now();
    expect((await t.call('GET', '/groups')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect((await journal())[0].fault).toBe('latency:120ms');
    expect((await t.call('GET', '/__admin/health')).status).toBe(200);
  });

  it('answers 503 with Retry-After while starting, and admin calls still work', async () => {
    await setFaults({ profile: { name: 'starting', durationMs: 400 } });
    const starting = await t.call('GET', '/groups');
    expect(starting.status).toBe(503);
    expect(starting.headers.get('retry-after')).toBe('1');
    expect(starting.body.type).toBe('urn:remotix-mock:problem:starting');
    expect((await t.call('GET', '/__admin/faults')).body.profile).toMatchObject({ name: 'starting' });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await t.call('GET', '/groups')).status).toBe(200);
  });

  it('refuses new connections while the app is not running, until cleared on an open connection', async () => {
    await setFaults({ profile: { name: 'app-not-running' } });
    expect(await rawGet(t.url, '/groups')).toBe('ECONNREFUSED');
    // fetch's keep-alive connection from setFaults is still open: the admin API answers on it.
    expect((await t.call('DELETE', '/__admin/faults')).status).toBe(200);
    expect(await rawGet(t.url, '/groups')).toBe(200);
  });

  it('comes back by itself after the given duration', async () => {
    await setFaults({ profile: { name: 'app-not-running', durationMs: 300 } });
    expect(await rawGet(t.url, '/groups')).toBe('ECONNREFUSED');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await rawGet(t.url, '/groups')).toBe(200);
  });

  it('in a named session, closes that session’s API connections and leaves others alone', async () => {
    const session = { 'x-mock-session': 'down' };
    await setFaults({ profile: { name: 'app-not-running' } }, session);
    await expect(t.call('GET', '/groups', undefined, session)).rejects.toThrow();
    expect((await t.call('GET', '/groups')).status).toBe(200);
    expect((await journal(session))[0]).toMatchObject({ status: 0, fault: 'app-not-running' });
    await t.call('DELETE', '/__admin/faults', undefined, session);
    expect((await t.call('GET', '/groups', undefined, session)).status).toBe(200);
    await t.call('DELETE', '/__admin/mock-sessions/down');
  });

  it('refuses a malformed fault configuration', async () => {
    const response = await t.call('PUT', '/__admin/faults', { rules: [{ path: '/x', status: 200 }] });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/body/rules/0/status', message: 'must be >= 400' }]);
  });
});
