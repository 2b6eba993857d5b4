import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const journal = async () => (await t.call('GET', '/__admin/actions')).body.actions;

describe('ACTION over HTTP (Node fetch)', () => {
  it('starts a session on a connection and journals it', async () => {
    await t.expectCall('connectConnection', { uid: '1000-0001' }, 200);
    const [entry, ...rest] = await journal();
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      seq: 1,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      method: 'ACTION',
      path: '/connection/1000-0001/connect',
      target: { kind: 'connection', uid: '1000-0001' },
      action: 'connect',
    });
  });

  it('runs every action in the computer’s actions list, in order, with type and port', async () => {
    const { actions } = (await t.call('GET', '/computer/123456/actions')).body as { actions: string[] };
    for (const action of actions) {
      const response = await t.call('ACTION', `/computer/123456/${action}`);
      expect(response.status, action).toBe(200);
    }
    const entries = await journal();
    expect(entries.map((e: { seq: number }) => e.seq)).toEqual(actions.map((_, i) => i + 1));
    expect(entries[0].target).toEqual({ kind: 'computer', computer_id: '123456', connection: null, type: null, port: null });
    expect(entries[2]).toMatchObject({
      path: '/computer/123456/RDP_3390/control',
      action: 'control',
      target: { connection: 'RDP_3390', type: 'RDP', port: 3390 },
    });
  });

  it('accepts an empty JSON object as the body', async () => {
    expect((await t.call('ACTION', '/connection/1000-0002/connect', {})).status).toBe(200);
  });

  it.each([
    ['runComputerAction', { computer_id: '123456', connection: 'VNC', action: 'observe' }, 409],
    ['runComputerAction', { computer_id: '654321', connection: 'VNC_5901', action: 'ft' }, 409],
    ['chatWithComputer', { computer_id: '654321' }, 409],
    ['runComputerAction', { computer_id: '123456', connection: 'RDP', action: 'control' }, 404],
    ['runComputerAction', { computer_id: '999', connection: 'VNC', action: 'control' }, 404],
    ['runComputerAction', { computer_id: '123456', connection: 'VNC', action: 'reboot' }, 400],
    ['connectConnection', { uid: 'FFFF-0000' }, 404],
  ])('%s on %j answers %i and journals nothing', async (operationId, params, status) => {
    await t.expectCall(operationId, params as Record<string, string>, status);
    expect(await journal()).toEqual([]);
  });

  it('refuses an ACTION on something deleted', async () => {
    await t.call('DELETE', '/connection/1000-0003');
    await t.expectCall('connectConnection', { uid: '1000-0003' }, 404);
    await t.call('DELETE', '/computer/123456/NEAR');
    await t.expectCall('runComputerAction', { computer_id: '123456', connection: 'NEAR', action: 'observe' }, 404);
    await t.expectCall('chatWithComputer', { computer_id: '123456' }, 409);
    expect(await journal()).toEqual([]);
  });

  it('refuses a body other than the empty object', async () => {
    const response = await t.call('ACTION', '/connection/1000-0001/connect', { force: true });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/body', message: 'must NOT have more than 0 properties' }]);
  });

  it('answers 405 with Allow for ACTION on a path without it', async () => {
    const response = await t.call('ACTION', '/groups');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('clears the journal but keeps counting, and reset starts the count again', async () => {
    await t.call('ACTION', '/connection/1000-0001/connect');
    expect((await t.call('DELETE', '/__admin/actions')).status).toBe(200);
    expect(await journal()).toEqual([]);
    await t.call('ACTION', '/connection/1000-0001/connect');
    expect((await journal())[0].seq).toBe(2);
    await t.reset();
    await t.call('ACTION', '/connection/1000-0001/connect');
    expect((await journal())[0].seq).toBe(1);
  });

  it('keeps credentials out of the journal', async () => {
    await t.call('ACTION', '/computer/123456/RDP_3390/control');
    expect(JSON.stringify(await journal())).not.toMatch(/Rdp-Studio-2|password/);
  });
});
