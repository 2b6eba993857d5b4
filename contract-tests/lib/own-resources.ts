import { asObject } from './read-helpers.js';
import { type CallOptions, type Reply, ScenarioStop, type Session } from './session.js';

/** Creates a group named with the run id; the intent is in the run log before the request leaves. */
export async function createOwnGroup(session: Session, label: string): Promise<string> {
  const name = session.name(label);
  const reply = await attemptCreate(session, 'createGroup', name, { body: { name }, expect: 200 });
  const uid = idOf(reply, 'group_uid');
  if (uid === undefined) throw new ScenarioStop(`creating a group answered no group_uid (${reply.status})`, 'documented');
  return uid;
}

export async function createOwnConnection(session: Session, label: string, groupUid: string): Promise<string> {
  const name = session.name(label);
  const reply = await attemptCreate(session, 'createConnection', name, { body: { name, category_uid: groupUid }, expect: 200 }, groupUid);
  const uid = idOf(reply, 'uid');
  if (uid === undefined) throw new ScenarioStop(`creating a connection answered no uid (${reply.status})`, 'documented');
  return uid;
}

/**
 * Any creating request, valid or not: logged (and synced) first, and if the target answers with an id,
 * that id is logged and owned, so cleanup removes it even when the creation was not meant to succeed.
 */
export async function attemptCreate(
  session: Session,
  operationId: 'createGroup' | 'createConnection',
  name: string,
  options: CallOptions,
  groupUid?: string,
): Promise<Reply> {
  const kind = operationId === 'createGroup' ? 'group' : 'connection';
  await session.run.log.append({ type: 'creating', kind, name, ...(groupUid ? { group: groupUid } : {}) });
  const reply = await session.call(operationId, {}, options);
  const id = idOf(reply, kind === 'group' ? 'group_uid' : 'uid');
  if (id !== undefined) {
    session.run.guard.own(kind, id);
    await session.run.log.append({ type: 'created', kind, id, name });
  }
  return reply;
}

/** Deletes a group or connection of the run; logs the deletion when the target confirms it. */
export async function deleteOwn(session: Session, kind: 'group' | 'connection', id: string): Promise<Reply> {
  const reply =
    kind === 'group'
      ? await session.call('deleteGroup', { group_uid: id }, { expect: 200 })
      : await session.call('deleteConnection', { uid: id }, { expect: 200 });
  if (reply.status === 200) await session.run.log.append({ type: 'deleted', kind, id });
  return reply;
}

function idOf(reply: Reply, key: string): string | undefined {
  if (reply.status !== 200) return undefined;
  const id = asObject(reply.body)?.[key];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
