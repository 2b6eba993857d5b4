import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock({ journalLimit: 5 });
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const admin = async (path: string) => (await t.call('GET', path)).body;

describe('the action journal', () => {
  it('filters by target, action and sequence number, and counts', async () => {
    await t.call('ACTION', '/connection/1000-0001/connect');
    await t.call('ACTION', '/computer/123456/NEAR/observe');
    await t.call('ACTION', '/computer/123456/VNC/control');
    expect((await admin('/__admin/actions?target=123456')).actions.map((a: { action: string }) => a.action)).toEqual([
      'observe',
      'control',
    ]);
    expect((await admin('/__admin/actions?action=connect')).actions).toHaveLength(1);
    expect((await admin('/__admin/actions?since=2')).actions.map((a: { seq: number }) => a.seq)).toEqual([3]);
    expect(await admin('/__admin/actions/count?target=123456&action=control')).toEqual({ count: 1 });
    expect(await admin('/__admin/actions/count')).toEqual({ count: 3 });
  });

  it('refuses a malformed filter with a problem naming it', async () => {
    const response = await t.call('GET', '/__admin/actions?since=soon');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/query/since', message: 'must be integer' }]);
  });

  it('keeps only the last entries past its limit', async () => {
    for (let i = 0; i < 8; i++) await t.call('ACTION', '/connection/1000-0001/connect');
    expect((await admin('/__admin/actions')).actions.map((a: { seq: number }) => a.seq)).toEqual([4, 5, 6, 7, 8]);
  });
});

describe('the request journal', () => {
  it('records each API request with status, duration and its body with passwords masked', async () => {
    await t.call('PUT', '/connection/1000-0001/credentials', { 'rdp.username': 'frontdesk', 'rdp.password': 'hunter2' });
    await t.call('GET', '/group/9999-9999');
    const { requests } = await admin('/__admin/requests');
    expect(requests).toEqual([
      {
        seq: 1,
        time: expect.any(String),
        method: 'PUT',
        path: '/connection/1000-0001/credentials',
        status: 200,
        durationMs: expect.any(Number),
        body: { 'rdp.username': 'frontdesk', 'rdp.password': '***' },
      },
      { seq: 2, time: expect.any(String), method: 'GET', path: '/group/9999-9999', status: 404, durationMs: expect.any(Number) },
    ]);
    expect(JSON.stringify(requests)).not.toContain('hunter2');
  });

  it('leaves admin requests out, and filters by method, path pattern and status', async () => {
    await t.call('GET', '/groups');
    await t.call('PUT', '/group/', { name: 'x' });
    await t.call('ACTION', '/connection/1000-0001/connect');
    await t.call('GET', '/__admin/actions');
    expect((await admin('/__admin/requests')).requests).toHaveLength(3);
    expect((await admin('/__admin/requests?method=PUT')).requests.map((r: { path: string }) => r.path)).toEqual(['/group/']);
    expect((await admin('/__admin/requests?path=/connection/**')).requests.map((r: { method: string }) => r.method)).toEqual(['ACTION']);
    expect(await admin('/__admin/requests/count?status=200')).toEqual({ count: 3 });
  });

  it('is cleared on its own, keeping the action journal', async () => {
    await t.call('ACTION', '/connection/1000-0001/connect');
    expect((await t.call('DELETE', '/__admin/requests')).status).toBe(200);
    expect((await admin('/__admin/requests')).requests).toEqual([]);
    expect((await admin('/__admin/actions')).actions).toHaveLength(1);
  });
});

describe('remote sessions', () => {
  it('opens one per accepted ACTION with its kind, and ends them on request', async () => {
    await t.call('ACTION', '/connection/1000-0001/connect');
    await t.call('ACTION', '/computer/123456/NEAR/curtain');
    await t.call('ACTION', '/computer/123456/chat');
    const { sessions } = await admin('/__admin/sessions');
    expect(sessions.map((s: { id: number; kind: string }) => [s.id, s.kind])).toEqual([
      [1, 'control'],
      [2, 'curtain'],
      [3, 'chat'],
    ]);
    expect(sessions[1]).toEqual({
      id: 2,
      kind: 'curtain',
      path: '/computer/123456/NEAR/curtain',
      started: expect.any(String),
      target: { kind: 'computer', computer_id: '123456', connection: 'NEAR', type: 'NEAR', port: null },
    });
    expect((await t.call('DELETE', '/__admin/sessions/2')).status).toBe(200);
    expect((await admin('/__admin/sessions')).sessions.map((s: { id: number }) => s.id)).toEqual([1, 3]);
    expect((await t.call('DELETE', '/__admin/sessions/2')).status).toBe(404);
    expect((await t.call('DELETE', '/__admin/sessions')).status).toBe(200);
    expect((await admin('/__admin/sessions')).sessions).toEqual([]);
  });

  it('opens none for a refused ACTION', async () => {
    await t.call('ACTION', '/computer/123456/VNC/observe');
    expect((await admin('/__admin/sessions')).sessions).toEqual([]);
  });
});

describe('admin paths', () => {
  it('answers 404 for an admin path the admin document lacks, and 405 for a wrong method', async () => {
    expect((await t.call('GET', '/__admin/nothing')).status).toBe(404);
    const response = await t.call('POST', '/__admin/actions');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, DELETE');
  });
});

describe('journaled bodies', () => {
  it('keeps a note of the size instead of a large body', async () => {
    const big = { name: 'x'.repeat(20_000) };
    expect((await t.call('PUT', '/group/', big)).status).toBe(400);
    const [entry] = (await admin('/__admin/requests')).requests;
    expect(entry.body).toBe(`[a body of ${JSON.stringify(big).length} bytes, not kept]`);
  });
});
