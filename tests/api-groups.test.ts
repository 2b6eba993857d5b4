import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

describe('groups over HTTP', () => {
  it('lists the fixture groups', async () => {
    const { body } = await t.expectCall('listGroups', {}, 200);
    expect(body.groups).toEqual([
      { group_uid: '0123-CDEF', name: 'Office' },
      { group_uid: '4567-89AB', name: 'Home' },
      { group_uid: 'A1B2-C3D4', name: 'Servers' },
    ]);
  });

  it('lists the connections and cloud computers of a group', async () => {
    const { body } = await t.expectCall('getGroup', { group_uid: '0123-CDEF' }, 200);
    expect(body.connections.map((c: { uid: string }) => c.uid)).toEqual(['1000-0001', '1000-0002', '1000-0003']);
    expect(body.computers).toEqual([{ computer_id: '123456', name: 'Studio Mac', category_uid: '0123-CDEF' }]);
    expect(JSON.stringify(body)).not.toMatch(/password|Reception-2026/);
  });

  it('lists the Nearby pane from the fixtures', async () => {
    const { body } = await t.expectCall('listNearby', {}, 200);
    expect(body.connections).toHaveLength(4);
    expect(body.connections[0]).toEqual({ name: 'Meeting room Apple TV', host: 'meeting-room.local', protocol: 'VNC' });
  });

  it('creates a group with a documented uid, readable at once', async () => {
    const { body } = await t.expectCall('createGroup', {}, 200, { name: 'Lab' });
    expect(body.group_uid).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    const listed = await t.call('GET', '/groups');
    expect(listed.body.groups).toContainEqual({ group_uid: body.group_uid, name: 'Lab' });
    const items = await t.expectCall('getGroup', { group_uid: body.group_uid }, 200);
    expect(items.body).toEqual({ group_uid: body.group_uid, name: 'Lab', connections: [], computers: [] });
  });

  it('gives every new group a different uid', async () => {
    const uids = new Set<string>();
    for (let i = 0; i < 20; i++) uids.add((await t.call('PUT', '/group/', { name: `g${i}` })).body.group_uid);
    expect(uids.size).toBe(20);
  });

  it('renames a group, and the next read shows the new name', async () => {
    await t.expectCall('renameGroup', { group_uid: '4567-89AB' }, 200, { name: 'House' });
    const { body } = await t.call('GET', '/group/4567-89AB');
    expect(body.name).toBe('House');
  });

  it('deletes an empty group, which then answers 404', async () => {
    const { body } = await t.call('PUT', '/group/', { name: 'Temporary' });
    await t.expectCall('deleteGroup', { group_uid: body.group_uid }, 200);
    await t.expectCall('getGroup', { group_uid: body.group_uid }, 404);
    await t.expectCall('deleteGroup', { group_uid: body.group_uid }, 404);
  });

  it('refuses to delete a group that still holds items, and keeps it whole', async () => {
    const before = await t.call('GET', '/group/0123-CDEF');
    const refused = await t.expectCall('deleteGroup', { group_uid: '0123-CDEF' }, 409);
    expect(refused.body.detail).toMatch(/3 connection\(s\) and 1 computer\(s\)/);
    expect((await t.call('GET', '/group/0123-CDEF')).body).toEqual(before.body);
  });

  it.each([
    ['getGroup', { group_uid: '9999-9999' }, 404, undefined],
    ['renameGroup', { group_uid: '9999-9999' }, 404, { name: 'x' }],
    ['getGroup', { group_uid: 'nope' }, 400, undefined],
    ['renameGroup', { group_uid: '0123-CDEF' }, 400, { name: '' }],
    ['renameGroup', { group_uid: '0123-CDEF' }, 400, { name: 'x', extra: 1 }],
    ['createGroup', {}, 400, {}],
    ['createGroup', {}, 400, { name: 'a'.repeat(256) }],
    ['createGroup', {}, 400, { name: 42 }],
  ])('%s with %j answers %i', async (operationId, params, status, body) => {
    await t.expectCall(operationId, params as Record<string, string>, status, body);
  });
});
