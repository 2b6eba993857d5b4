import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawGet } from './helpers/raw-get.js';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

// The admin API and the `Mock` handle change a session through one controller, and the listening socket
// follows the default session's faults through its one hook: whichever side changes them, the other side
// and a real client see the change.
let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const NOT_RUNNING = { profile: { name: 'app-not-running' as const } };
/** The faults as the admin API shows them (fetch keeps its connection open, so this answers while refusing). */
const adminFaults = async () => (await t.call('GET', '/__admin/faults')).body;

describe('the admin API and the Mock handle share one session controller', () => {
  it('shows in the admin API a fault the handle set, and the handle clears one the admin API set', async () => {
    t.mock.setFaults({ rules: [{ path: '/groups', status: 503, times: 2 }] });
    expect((await adminFaults()).rules).toEqual([{ path: '/groups', status: 503, times: 2, remaining: 2 }]);
    expect((await t.call('GET', '/groups')).status).toBe(503);

    expect((await t.call('PUT', '/__admin/faults', { latency: { minMs: 0, maxMs: 1 } })).status).toBe(200);
    t.mock.clearFaults();
    expect(await adminFaults()).toEqual({ latency: null, rules: [], profile: null });
  });

  it('closes the listening socket when the handle sets app-not-running, and opens it when the admin API clears it', async () => {
    await adminFaults(); // opens the connection the admin API answers on while new ones are refused
    t.mock.setFaults(NOT_RUNNING);
    expect(await rawGet(t.url, '/groups')).toBe('ECONNREFUSED');
    expect((await adminFaults()).profile).toEqual({ name: 'app-not-running', remainingMs: null });
    expect((await t.call('DELETE', '/__admin/faults')).status).toBe(200);
    expect(await rawGet(t.url, '/groups')).toBe(200);
  });

  it('closes the listening socket when the admin API sets app-not-running, and opens it when the handle resets', async () => {
    expect((await t.call('PUT', '/__admin/faults', NOT_RUNNING)).status).toBe(200);
    expect(await rawGet(t.url, '/groups')).toBe('ECONNREFUSED');
    t.mock.reset();
    expect(await rawGet(t.url, '/groups')).toBe(200);
    expect(await adminFaults()).toEqual({ latency: null, rules: [], profile: null });
  });

  it('opens the listening socket again when the admin API resets a fault the handle set', async () => {
    await adminFaults();
    t.mock.setFaults(NOT_RUNNING);
    expect(await rawGet(t.url, '/groups')).toBe('ECONNREFUSED');
    expect((await t.call('POST', '/__admin/reset')).status).toBe(200);
    expect(await rawGet(t.url, '/groups')).toBe(200);
  });

  it('leaves the socket alone for a named session’s app-not-running, from either side', async () => {
    t.mock.setFaults(NOT_RUNNING, { session: 'down' });
    expect(await rawGet(t.url, '/groups')).toBe(200);
    expect((await t.call('GET', '/__admin/faults', undefined, { 'x-mock-session': 'down' })).body.profile).toMatchObject({
      name: 'app-not-running',
    });
    await t.call('DELETE', '/__admin/mock-sessions/down');
  });

  it('checks a fixture given to the handle’s reset as the admin API checks one, and changes nothing when it is refused', async () => {
    const before = t.mock.state();
    const broken = { ...before, connections: [{ ...before.connections[0]!, category_uid: 'FFFF-0000' }] };
    expect(() => t.mock.reset({ fixture: broken })).toThrow('the fixture option: /connections/0/category_uid names no group');
    expect(t.mock.state()).toEqual(before);
    const response = await t.call('POST', '/__admin/reset', broken);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: '/body/connections/0/category_uid', message: 'names no group of this fixture: FFFF-0000' },
    ]);
  });
});
