import type { Reply } from './exchange.js';
import { type CallOptions, type ScenarioClient, ScenarioStop } from './scenario-client.js';
import { asObject, isScalarId, objectsIn } from './shapes/json-walk.js';
import { learnId } from './shapes/learned.js';

const ID_KEYS = { group: 'group_uid', connection: 'uid' } as const;

/** Creates a group named with the run id; the intent is in the run log before the request leaves. */
export async function createOwnGroup(client: ScenarioClient, label: string): Promise<string> {
  const name = client.name(label);
  const reply = await attemptCreate(client, 'createGroup', name, { body: { name }, expect: 200 });
  const uid = idOf(reply, 'group');
  if (uid === undefined) throw new ScenarioStop(`creating a group answered no group_uid (${reply.status})`, 'documented');
  return uid;
}

export async function createOwnConnection(client: ScenarioClient, label: string, groupUid: string): Promise<string> {
  const name = client.name(label);
  const reply = await attemptCreate(client, 'createConnection', name, { body: { name, category_uid: groupUid }, expect: 200 }, groupUid);
  const uid = idOf(reply, 'connection');
  if (uid === undefined) throw new ScenarioStop(`creating a connection answered no uid (${reply.status})`, 'documented');
  return uid;
}

/**
 * Any creating request, valid or not: logged (and synced) first, and if the target answers with an id,
 * that id is logged and owned, so cleanup removes it even when the creation was not meant to succeed.
 */
export async function attemptCreate(
  client: ScenarioClient,
  operationId: 'createGroup' | 'createConnection',
  name: string,
  options: CallOptions,
  groupUid?: string,
): Promise<Reply> {
  const kind = operationId === 'createGroup' ? 'group' : 'connection';
  await client.run.log.append({ type: 'creating', kind, name, ...(groupUid ? { group: groupUid } : {}) });
  const reply = await client.call(operationId, {}, options);
  const id = idOf(reply, kind);
  if (id !== undefined) {
    client.run.guard.own(kind, id);
    learnId(client.learned, kind, id);
    await client.run.log.append({ type: 'created', kind, id, name });
  }
  return reply;
}

/** Deletes a group or connection of the run; logs the deletion when the target confirms it. */
export async function deleteOwn(client: ScenarioClient, kind: 'group' | 'connection', id: string): Promise<Reply> {
  const reply =
    kind === 'group'
      ? await client.call('deleteGroup', { group_uid: id }, { expect: 200 })
      : await client.call('deleteConnection', { uid: id }, { expect: 200 });
  if (reply.status === 200) await client.run.log.append({ type: 'deleted', kind, id });
  return reply;
}

/**
 * The id a create answered: under the reference's key (`group_uid`, `uid`), at any depth, or, when that is missing (a
 * documented failure the conformance check reports), the answer's only scalar, so the run can go on and
 * clean up. Numbers are kept as strings.
 */
export function idOf(reply: Reply, kind: 'group' | 'connection'): string | undefined {
  // Any success: a create answered 201 breaks the contract, but what it created is still the run's to remove.
  if (reply.status < 200 || reply.status >= 300) return undefined;
  const body = asObject(reply.body);
  if (!body) return isScalarId(reply.body) ? String(reply.body) : undefined;
  const id = body[ID_KEYS[kind]];
  if (isScalarId(id)) return String(id);
  const nested = objectsIn(body).find(({ object }) => isScalarId(object[ID_KEYS[kind]]))?.object[ID_KEYS[kind]];
  if (nested !== undefined) return String(nested);
  const scalars = Object.values(body).filter(isScalarId);
  return scalars.length === 1 ? String(scalars[0]) : undefined;
}

/** Writes the id keys learned so far to the run log, so that `remotix-contract cleanup` reads lists as this run did. */
export async function noteIdKeys(client: ScenarioClient): Promise<void> {
  for (const kind of ['group', 'connection', 'computer'] as const) {
    const idKey = client.learned.items[kind].idKey;
    if (idKey === null || client.run.loggedIdKeys.has(kind)) continue;
    client.run.loggedIdKeys.add(kind);
    await client.run.log.append({ type: 'learned', kind, idKey });
  }
}
