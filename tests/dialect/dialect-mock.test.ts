import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/start-mock.js';

/** Choices no preset of the independent server makes, over real sockets. */
const dialect = {
  version: 1,
  about: { name: 'numbers' },
  ids: {
    group: { type: 'integer', pattern: '^[0-9]+$', new: { kind: 'counter' } },
    connection: { type: 'integer', pattern: '^[0-9]+$', new: { kind: 'counter' } },
    space: 'separate',
  },
  items: {
    group: { fields: { id: 'id', name: 'name' }, extra: { colour: { default: 'grey' } } },
    connection: { fields: { id: 'id', group: 'group_id' } },
  },
  answers: {
    listGroups: { at: ['data', 'groups'], with: { total: '{{id}}' } },
    renameGroup: { body: { kind: 'item' } },
  },
  groups: { deleteNonEmpty: 'move', moveTo: '2' },
  settings: { null: 'remove' },
};
const fixture = {
  groups: [
    { group_uid: 1, name: 'One', extra: { colour: 'red' } },
    { group_uid: 2, name: 'Two' },
  ],
  connections: [{ uid: 1, name: 'Box', category_uid: 1 }],
  computers: [{ computer_id: '7', name: 'Mac', category_uid: 1, connections: { VNC: { settings: { quality: 'high' } } } }],
  nearby: [],
};

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ dialect, fixtures: fixture as never, seed: 3 });
}, 30_000);
afterAll(() => mock.close());

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${mock.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
};

describe('a dialect with integer ids, separate uid spaces and a group that receives deleted items', () => {
  it('writes ids as numbers, keeps fixture extras, and counts on from the highest id', async () => {
    expect((await call('GET', '/groups')).body).toEqual({
      total: null,
      data: {
        groups: [
          { id: 1, name: 'One', colour: 'red' },
          { id: 2, name: 'Two', colour: 'grey' },
        ],
      },
    });
    expect((await call('PUT', '/group/', { name: 'Three' })).body).toEqual({ group_uid: 3 });
    expect((await call('PUT', '/connection/', { name: 'Pc', category_uid: 3 })).body).toEqual({ uid: 2 });
    expect((await call('PUT', '/group/3', { name: 'Third' })).body).toEqual({ id: 3, name: 'Third', colour: 'grey' });
  });

  it('takes a numeric category_uid, and moves a deleted group’s items to the group it names', async () => {
    expect((await call('PUT', '/connection/1', { category_uid: 1 })).status).toBe(200);
    expect((await call('DELETE', '/group/1')).status).toBe(200);
    const two = (await call('GET', '/group/2')).body;
    expect(two.connections.map((c: { id: number; group_id: number }) => [c.id, c.group_id])).toEqual([[1, 2]]);
    expect(two.computers.map((c: { computer_id: string }) => c.computer_id)).toEqual(['7']);
    expect((await call('DELETE', '/group/2')).status).toBe(409);
  });

  it('removes a setting that is set to null, and keeps what an export gives back to an import', async () => {
    await call('PUT', '/computer/7/VNC', { quality: null });
    expect((await call('GET', '/computer/7/VNC')).body).not.toHaveProperty('quality');
    const exported = (await call('GET', '/__admin/state?includeSecrets=true')).body;
    expect((await call('PUT', '/__admin/state', exported)).status).toBe(200);
    expect((await call('POST', '/__admin/reset', fixture)).status).toBe(200);
    expect((await call('GET', '/group/1')).status).toBe(200);
  });
});
