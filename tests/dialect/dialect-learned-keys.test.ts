import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBin, spawnBin } from '../helpers/spawn-bin.js';

/**
 * The dialect keys the kit writes for what it learned of a target (docs/dialect.md, "The dialect the kit
 * writes"), served by the built bin over TCP: a list with keys beside it (`{{count}}`), a record and an item
 * answer inside an envelope, a refused partial update, and settings whose defaults are not all known.
 */
const DIALECT = {
  version: 1,
  answers: {
    listGroups: { at: ['items'], with: { ok: true, total: '{{count}}' } },
    getComputer: { at: ['data'], with: { ok: true } },
    getGroup: { layout: 'mixed', at: ['items'], with: { total: '{{count}}' } },
    renameGroup: { body: { kind: 'item', at: ['data'], with: { ok: true } } },
  },
  requests: { partialUpdate: { updateConnection: 'refuse' } },
  settings: {
    types: {
      VNC: {
        keys: {
          host: { schema: { type: 'string' } },
          quality: { schema: { type: 'string' }, default: 'auto' },
          view_only: { schema: { type: 'boolean' }, default: false },
        },
        credentials: ['username', 'password'],
      },
    },
  },
};

let dir: string;
let mock: RunningBin;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remotix-dialect-learned-'));
  const file = join(dir, 'learned.dialect.json');
  await writeFile(file, JSON.stringify(DIALECT));
  mock = await spawnBin(['--port', '0', '--seed', '1', '--dialect', file], {}, 60_000);
}, 90_000);
afterAll(async () => {
  mock?.child.kill('SIGTERM');
  await mock?.exited;
  await rm(dir, { recursive: true, force: true });
});

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${mock.url}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

describe('a dialect the kit wrote, served', () => {
  it('writes the keys beside a list, {{count}} as its length', async () => {
    const { status, body } = await call('GET', '/groups');
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.items.length).toBeGreaterThan(1);
    expect(body.total).toBe(body.items.length);
    await call('PUT', '/group/', { name: 'One more' });
    const after = await call('GET', '/groups');
    expect(after.body.total).toBe(body.items.length + 1);
    const uid = body.items[0].group_uid as string;
    const group = await call('GET', `/group/${uid}`);
    expect(group.body.items.length).toBeGreaterThan(0);
    expect(group.body.total).toBe(group.body.items.length);
  });

  it('answers a record and an item inside their envelopes', async () => {
    const computer = await call('GET', '/computer/123456');
    expect(computer.body).toMatchObject({ ok: true, data: { computer_id: '123456' } });
    const uid = (await call('GET', '/groups')).body.items[0].group_uid as string;
    const renamed = await call('PUT', `/group/${uid}`, { name: 'Renamed in an envelope' });
    expect(renamed).toEqual({ status: 200, body: { ok: true, data: { group_uid: uid, name: 'Renamed in an envelope' } } });
  });

  it('refuses an update naming only one of name and category_uid, and changes nothing', async () => {
    const group = (await call('GET', '/groups')).body.items[0].group_uid as string;
    const created = await call('PUT', '/connection/', { name: 'Partial', category_uid: group });
    const uid = created.body.uid as string;
    const refused = await call('PUT', `/connection/${uid}`, { name: 'Only the name' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('category_uid');
    const listed = (await call('GET', `/group/${group}`)).body.items as Array<{ uid: string; name: string }>;
    expect(listed.find((c) => c.uid === uid)?.name).toBe('Partial');
    expect((await call('PUT', `/connection/${uid}`, { name: 'Both', category_uid: group })).status).toBe(200);
  });

  it('adds a connection with the defaults it knows, and null removes a key whose default it does not', async () => {
    expect((await call('PUT', '/computer/123456/VNC_7001', { quality: 'high' })).status).toBe(200);
    expect((await call('GET', '/computer/123456/VNC_7001')).body).toEqual({ quality: 'high', view_only: false });
    await call('PUT', '/computer/123456/VNC_7001', { host: 'box.lan', quality: null });
    expect((await call('GET', '/computer/123456/VNC_7001')).body).toEqual({ quality: 'auto', view_only: false, host: 'box.lan' });
    await call('PUT', '/computer/123456/VNC_7001', { host: null });
    expect((await call('GET', '/computer/123456/VNC_7001')).body).toEqual({ quality: 'auto', view_only: false });
  });
});
