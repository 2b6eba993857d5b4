import { expect } from 'vitest';
import type { ApiClient } from './api-client.js';
import { type ApiModel, isPassword, type ModelComputer, offeredActions } from './api-model.js';

/** A control character: valid in a credential, impossible in any name, host or id. Generated credentials carry it. */
export const CREDENTIAL_MARK = '\u0007';

/**
 * The store's invariants, read over HTTP: group ids unique; every connection and computer listed by exactly one
 * existing group, the one it names; group and connection ids distinct; everything as the model expects; and no
 * credential in any list (nor a password in the admin exports, which mask them).
 */
export async function checkInvariants(api: ApiClient, model: ApiModel): Promise<void> {
  const lists: unknown[] = [];
  const get = async (path: string) => {
    const response = await api.send('GET', path);
    expect(response.status, `GET ${path}`).toBe(200);
    lists.push(response.body);
    return response.body;
  };
  await checkGroups(get, model);
  await Promise.all([...model.computers].map(([id, computer]) => checkComputer(api, get, id, computer)));
  await get('/nearby');
  expect(
    leaks(lists, (text) => model.credentials.has(text) || text.includes(CREDENTIAL_MARK)),
    'credentials in a list',
  ).toEqual([]);
  await checkAdminExports(api, model);
}

type Get = (path: string) => Promise<any>;

async function checkGroups(get: Get, model: ApiModel): Promise<void> {
  const { groups } = await get('/groups');
  const groupUids = groups.map((g: { group_uid: string }) => g.group_uid);
  expect(new Set(groupUids).size, 'group ids are unique').toBe(groupUids.length);
  expect(new Map(groups.map((g: { group_uid: string; name: string }) => [g.group_uid, g.name]))).toEqual(model.groups);
  const items = await Promise.all(groupUids.map((uid: string) => get(`/group/${uid}`)));
  const connections = listedOnce(items, 'connections', 'uid');
  const computers = listedOnce(items, 'computers', 'computer_id');
  const hasCredentials = (credentials: object) => Object.keys(credentials).length > 0;
  expect(connections).toEqual(
    new Map(
      [...model.connections].map(([uid, c]) => [
        uid,
        {
          uid,
          name: c.name,
          category_uid: c.category_uid,
          protocol: c.protocol,
          has_credentials: hasCredentials(c.credentials),
        },
      ]),
    ),
  );
  expect(computers).toEqual(
    new Map([...model.computers].map(([id, c]) => [id, { computer_id: id, name: c.name, category_uid: c.category_uid }])),
  );
  expect(
    groupUids.filter((uid: string) => connections.has(uid)),
    'group and connection ids are distinct',
  ).toEqual([]);
}

/** A computer's connections, their settings and credentials, and its actions, as the model has them. */
async function checkComputer(api: ApiClient, get: Get, id: string, computer: ModelComputer): Promise<void> {
  await get(`/computer/${id}`);
  const listed = (await get(`/computer/${id}/connections`)).connections.map((c: { connection: string }) => c.connection);
  expect(listed.sort()).toEqual([...computer.connections.keys()].sort());
  await Promise.all(
    listed.map(async (connection: string) => {
      expect(await get(`/computer/${id}/${connection}`), `${id}/${connection} settings`).toEqual(
        computer.connections.get(connection)!.settings,
      );
      const credentials = await api.send('GET', `/computer/${id}/${connection}/credentials`);
      expect(credentials.body, `${id}/${connection} credentials`).toEqual(computer.connections.get(connection)!.credentials);
    }),
  );
  expect((await get(`/computer/${id}/actions`)).actions.sort()).toEqual(offeredActions(computer.connections.keys()).sort());
}

/** Connection credentials as the model has them; no password in the exports that mask them; no 5xx journaled. */
async function checkAdminExports(api: ApiClient, model: ApiModel): Promise<void> {
  const secrets = (await api.send('GET', '/__admin/state?includeSecrets=true')).body;
  const stored = new Map(secrets.connections.map((c: { uid: string; credentials?: object }) => [c.uid, c.credentials ?? {}]));
  expect(stored, 'connection credentials').toEqual(new Map([...model.connections].map(([uid, c]) => [uid, c.credentials])));
  const exports = await Promise.all(['/__admin/state', '/__admin/requests', '/__admin/actions'].map((path) => api.send('GET', path)));
  expect(
    leaks(
      exports.map((e) => e.body),
      (text) => isPassword(model, text),
    ),
    'passwords in an admin export',
  ).toEqual([]);
  const failed = exports[1]!.body.requests.filter((r: { status: number }) => r.status >= 500);
  expect(failed, 'requests the mock answered with a 5xx').toEqual([]);
}

/** item id → item, from every group's list, checking each is listed once, by the group it names. */
function listedOnce(items: Array<Record<string, any>>, kind: 'connections' | 'computers', idKey: string): Map<string, object> {
  const seen = new Map<string, object>();
  for (const group of items) {
    for (const item of group[kind]) {
      expect(seen.has(item[idKey]), `${item[idKey]} is listed by more than one group`).toBe(false);
      expect(item.category_uid, `${item[idKey]} is listed by the group it names`).toBe(group.group_uid);
      seen.set(item[idKey], item);
    }
  }
  return seen;
}

/** Every string (key or value) anywhere in `values` for which `isSecret` holds. */
function leaks(values: unknown[], isSecret: (text: string) => boolean): string[] {
  const found: string[] = [];
  const stack = [...values];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string' && isSecret(value)) found.push(value);
    else if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (isSecret(key)) found.push(key);
        stack.push(item);
      }
    }
  }
  return found;
}
