import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const exportState = async (query = '?includeSecrets=true') => (await t.call('GET', `/__admin/state${query}`)).body;

async function changeEverything(): Promise<void> {
  const group = (await t.call('PUT', '/group/', { name: 'Changed' })).body.group_uid;
  await t.call('PUT', '/connection/', { name: 'New', category_uid: group });
  await t.call('PUT', '/connection/1000-0001/credentials', { 'rdp.password': 'rotated' });
  await t.call('PUT', '/computer/123456/VNC', { quality: 'low', password: 'changed' });
  await t.call('DELETE', '/computer/654321');
  await t.call('ACTION', '/connection/1000-0002/connect');
}

describe('state export and import', () => {
  it('exports the state as a fixture with credential values masked', async () => {
    const state = await exportState('');
    expect(state.groups).toHaveLength(3);
    expect(state.connections[0]).toEqual({
      uid: '1000-0001',
      name: 'Reception PC',
      category_uid: '0123-CDEF',
      protocol: 'RDP',
      credentials: { 'rdp.username': 'frontdesk', 'rdp.password': '***', 'rdp.domain': 'OFFICE' },
    });
    expect(state.computers[0].connections.VNC).toEqual({
      settings: { host: 'studio-mac.example.net', quality: 'high', view_only: false, scaling: 'fit' },
      credentials: { username: 'studio', password: '***' },
    });
    expect(JSON.stringify(state)).not.toMatch(/Reception-2026|Vnc-Studio-1/);
  });

  it('exports secrets only when asked', async () => {
    expect((await exportState()).connections[0].credentials['rdp.password']).toBe('Reception-2026');
  });

  it('imports an export so that exporting again gives it back exactly', async () => {
    await changeEverything();
    const changed = await exportState();
    await t.reset();
    expect((await t.call('PUT', '/__admin/state', changed)).status).toBe(200);
    expect(await exportState()).toEqual(changed);
  });

  it('refuses a fixture with a dangling reference, naming the JSON path, and changes nothing', async () => {
    const before = await exportState();
    const broken = structuredClone(before);
    broken.connections[0].category_uid = 'FFFF-0000';
    const response = await t.call('PUT', '/__admin/state', broken);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: '/body/connections/0/category_uid', message: 'names no group of this fixture: FFFF-0000' },
    ]);
    expect(await exportState()).toEqual(before);
  });
});

describe('reset', () => {
  it('restores the loaded fixtures exactly, and empties journals and remote sessions', async () => {
    const pristine = await exportState();
    await changeEverything();
    expect(await exportState()).not.toEqual(pristine);
    expect((await t.call('POST', '/__admin/reset')).status).toBe(200);
    expect(await exportState()).toEqual(pristine);
    expect((await t.call('GET', '/__admin/actions')).body.actions).toEqual([]);
    expect((await t.call('GET', '/__admin/requests')).body.requests).toEqual([]);
    expect((await t.call('GET', '/__admin/sessions')).body.sessions).toEqual([]);
  });

  it('takes a fixture set from the body, and goes back to the loaded one without it', async () => {
    const tiny = { groups: [{ group_uid: 'AAAA-0000', name: 'Only' }], connections: [], computers: [], nearby: [] };
    expect((await t.call('POST', '/__admin/reset', tiny)).status).toBe(200);
    expect((await t.call('GET', '/groups')).body).toEqual({ groups: [{ group_uid: 'AAAA-0000', name: 'Only' }] });
    await t.call('POST', '/__admin/reset');
    expect((await t.call('GET', '/groups')).body.groups).toHaveLength(3);
  });
});

describe('snapshot and restore (programmatic)', () => {
  it('puts back the exact state, journals included', async () => {
    await t.call('ACTION', '/connection/1000-0001/connect');
    const snapshot = t.mock.snapshot();
    const before = { state: await exportState(), actions: t.mock.actions(), sessions: t.mock.remoteSessions() };
    await changeEverything();
    t.mock.restore(snapshot);
    expect({ state: await exportState(), actions: t.mock.actions(), sessions: t.mock.remoteSessions() }).toEqual(before);
  });
});
