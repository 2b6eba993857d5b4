import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDescriptions } from '../src/load-descriptions.js';
import { type Mock, type MockOptions, startMock } from '../src/start-mock.js';
import { destroyRawConnections, openRawConnection, type RawResponse } from '../src/transport/testing/open-raw-connection.js';
import { request } from './hostile/hostile-case.js';

const UID = /^[0-9A-F]{4}-[0-9A-F]{4}$/;
let descriptions: Awaited<ReturnType<typeof loadDescriptions>>;
let mock: Mock;

beforeAll(async () => {
  descriptions = await loadDescriptions();
  mock = await startMock({ descriptions });
});
beforeEach(() => call(mock, 'POST', '/__admin/reset'));
afterEach(() => destroyRawConnections());
afterAll(() => mock.close());

async function call(target: Mock, method: string, path: string, body?: unknown): Promise<any> {
  const init: RequestInit = { method };
  if (body !== undefined) Object.assign(init, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const response = await fetch(`${target.url}${path}`, init);
  expect(response.status, `${method} ${path}`).toBe(200);
  return response.json();
}

/**
 * Sends every request on a connection of its own, all at once: each is written but for its last byte, and
 * once every connection holds its unfinished request, the last bytes go out together. Answers in order.
 */
async function sendTogether(target: Mock, requests: readonly Buffer[]): Promise<RawResponse[]> {
  const port = Number(new URL(target.url).port);
  const connections = [];
  for (let start = 0; start < requests.length; start += 100) {
    const batch = requests.slice(start, start + 100);
    connections.push(...(await Promise.all(batch.map(() => openRawConnection(port)))));
  }
  for (const [i, connection] of connections.entries()) connection.write(requests[i]!.subarray(0, -1));
  await new Promise((resolve) => setImmediate(resolve));
  for (const [i, connection] of connections.entries()) connection.write(requests[i]!.subarray(-1));
  return Promise.all(connections.map(async (connection) => (await connection.responses(1))[0]!));
}

const put = (path: string, body: unknown) => request('PUT', path, { body: JSON.stringify(body) });
const bodiesOf = (responses: RawResponse[]) => responses.map((response) => JSON.parse(response.body));

describe('1,000 concurrent creates', () => {
  it.each<[string, MockOptions]>([
    ['random ids', {}],
    ['seeded ids', { seed: 7 }],
  ])('give 1,000 distinct connection ids and a group that lists all 1,000 (%s)', async (_, options) => {
    const target = await startMock({ descriptions, ...options });
    try {
      const { group_uid } = await call(target, 'PUT', '/group/', { name: 'Kiosks' });
      const names = Array.from({ length: 1000 }, (_, i) => `Kiosk ${i}`);
      const responses = await sendTogether(
        target,
        names.map((name) => put('/connection/', { name, category_uid: group_uid })),
      );
      expect(responses.filter((r) => r.status !== 200)).toEqual([]);
      const uids = bodiesOf(responses).map((body) => body.uid as string);
      expect(uids.every((uid) => UID.test(uid))).toBe(true);
      expect(new Set(uids).size).toBe(1000);
      const { connections } = await call(target, 'GET', `/group/${group_uid}`);
      expect(connections).toHaveLength(1000);
      const listed = new Map(connections.map((c: { uid: string; name: string }) => [c.uid, c.name]));
      expect(uids.map((uid) => listed.get(uid))).toEqual(names);
    } finally {
      await target.close();
    }
  });

  it('give 1,000 distinct group ids, distinct from every connection id, and a list of 1,000 more groups', async () => {
    const before = (await call(mock, 'GET', '/groups')).groups as Array<{ group_uid: string }>;
    const responses = await sendTogether(
      mock,
      Array.from({ length: 1000 }, (_, i) => put('/group/', { name: `Team ${i}` })),
    );
    expect(responses.filter((r) => r.status !== 200)).toEqual([]);
    const uids = bodiesOf(responses).map((body) => body.group_uid as string);
    expect(new Set(uids).size).toBe(1000);
    const { groups } = await call(mock, 'GET', '/groups');
    expect(groups).toHaveLength(before.length + 1000);
    const connectionUids = (await call(mock, 'GET', '/__admin/state')).connections.map((c: { uid: string }) => c.uid);
    expect(new Set([...groups.map((g: { group_uid: string }) => g.group_uid), ...connectionUids]).size).toBe(
      groups.length + connectionUids.length,
    );
  });
});

describe('interleaved updates to one object', () => {
  const COUNT = 50;

  it('leave a connection with the name and the group of one request, listed in that group only', async () => {
    const groups = await Promise.all(Array.from({ length: COUNT }, (_, i) => call(mock, 'PUT', '/group/', { name: `Room ${i}` })));
    const updates = groups.map(({ group_uid }, i) => ({ name: `Moved ${i}`, category_uid: group_uid as string }));
    const responses = await sendTogether(
      mock,
      updates.map((update) => put('/connection/1000-0001', update)),
    );
    expect(responses.map((r) => r.status)).toEqual(updates.map(() => 200));
    const final = (await call(mock, 'GET', '/group/0123-CDEF')).connections.find((c: { uid: string }) => c.uid === '1000-0001');
    expect(final).toBeUndefined();
    const holders = [];
    for (const { group_uid } of groups) {
      const { connections } = await call(mock, 'GET', `/group/${group_uid}`);
      for (const connection of connections) holders.push({ name: connection.name, category_uid: connection.category_uid, group_uid });
    }
    expect(holders).toHaveLength(1);
    expect(updates).toContainEqual({ name: holders[0]!.name, category_uid: holders[0]!.category_uid });
    expect(holders[0]!.category_uid).toBe(holders[0]!.group_uid);
  });

  it('leave a computer connection with the settings and credentials of one request', async () => {
    const patches = Array.from({ length: COUNT }, (_, i) => ({
      host: `host-${i}.example.net`,
      resolution: `${1000 + i}x${700 + i}`,
      color_depth: [15, 16, 24, 32][i % 4],
      sound: ['local', 'remote', 'off'][i % 3],
      admin_session: i % 2 === 0,
      username: `user-${i}`,
      password: `password-${i}`,
      domain: `DOMAIN-${i}`,
    }));
    const responses = await sendTogether(
      mock,
      patches.map((patch) => put('/computer/123456/RDP_3390', patch)),
    );
    expect(responses.map((r) => r.status)).toEqual(patches.map(() => 200));
    const settings = await call(mock, 'GET', '/computer/123456/RDP_3390');
    const credentials = await call(mock, 'GET', '/computer/123456/RDP_3390/credentials');
    expect(patches).toContainEqual({ ...settings, ...credentials });
  });

  it('leave a connection with the credentials of one request', async () => {
    const sent = Array.from({ length: COUNT }, (_, i) => ({
      'rdp.username': `user-${i}`,
      'rdp.password': `password-${i}`,
      'rdp.domain': `DOMAIN-${i}`,
    }));
    const responses = await sendTogether(
      mock,
      sent.map((credentials) => put('/connection/1000-0001/credentials', credentials)),
    );
    expect(responses.map((r) => r.status)).toEqual(sent.map(() => 200));
    const state = await call(mock, 'GET', '/__admin/state?includeSecrets=true');
    const connection = state.connections.find((c: { uid: string }) => c.uid === '1000-0001');
    expect(sent).toContainEqual(connection.credentials);
  });
});
