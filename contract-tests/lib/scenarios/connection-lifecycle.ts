import { expectField, expectListed } from '../list-checks.js';
import { createOwnConnection, deleteOwn } from '../own-resources.js';
import type { Reply, Session } from '../session.js';

/** Reads a group and finds one of its connections (checking that it is there, or not). */
async function readConnection(
  session: Session,
  groupUid: string,
  uid: string,
  present: boolean,
  check: 'resource-availability' | 'state-after-change' | 'use-after-free',
  operationId: string,
  message: string,
) {
  const reply = await session.call('getGroup', { group_uid: groupUid }, { expect: 200 });
  const item = expectListed(session, reply, { check, operationId, key: 'connections', idKey: 'uid', id: uid, present, message });
  return { reply, item };
}

/**
 * A connection of the run: created in `first` and readable at once → renamed (twice) → moved to `second`
 * → credentials set (twice) and deleted → ACTION connect → deleted → gone and 404.
 */
export async function connectionLifecycle(session: Session, first: string, second: string): Promise<void> {
  const uid = await createOwnConnection(session, 'connection', first);
  const created = await readConnection(
    session,
    first,
    uid,
    true,
    'resource-availability',
    'createConnection',
    'a created connection is in its group at once',
  );
  expectField(session, created.reply, {
    check: 'resource-availability',
    operationId: 'createConnection',
    item: created.item,
    field: 'name',
    value: session.name('connection'),
    message: 'a created connection reads back with its name',
  });
  await renameConnection(session, uid, first);
  await session.call('updateConnection', { uid }, { body: { category_uid: second }, expect: 200 });
  await readConnection(session, second, uid, true, 'state-after-change', 'updateConnection', 'a moved connection is in its new group');
  await readConnection(
    session,
    first,
    uid,
    false,
    'state-after-change',
    'updateConnection',
    'a moved connection is gone from its old group',
  );
  await credentials(session, uid, second);
  if (session.can('actions')) {
    await session.call('connectConnection', { uid }, { expect: 200 });
  } else {
    session.notTested(['connectConnection'], 'needs --allow-actions');
  }
  const deleted = await deleteOwn(session, 'connection', uid);
  if (deleted.status !== 200) return;
  await readConnection(session, second, uid, false, 'use-after-free', 'deleteConnection', 'a deleted connection is gone from its group');
  await afterDelete(session, uid);
}

/** Every operation on a deleted connection answers 404 (and, for a real target, changes nothing of anyone's). */
async function afterDelete(session: Session, uid: string): Promise<void> {
  const gone = (what: string) => ({ status: 404, check: 'use-after-free' as const, rejection: 'documented' as const, what });
  await session.call(
    'updateConnection',
    { uid },
    { body: { name: session.name('connection after delete') }, expect: gone('updating a deleted connection answers 404') },
  );
  await session.call(
    'setConnectionCredentials',
    { uid },
    { body: { 'rdp.password': 'x' }, expect: gone('setting credentials of a deleted connection answers 404') },
  );
  await session.call('deleteConnectionCredentials', { uid }, { expect: gone('deleting credentials of a deleted connection answers 404') });
  await session.call('deleteConnection', { uid }, { expect: gone('deleting a deleted connection answers 404') });
  if (session.can('actions'))
    await session.call('connectConnection', { uid }, { expect: gone('ACTION connect on a deleted connection answers 404') });
}

async function renameConnection(session: Session, uid: string, groupUid: string): Promise<void> {
  const name = session.name('connection renamed');
  await session.call('updateConnection', { uid }, { body: { name }, expect: 200 });
  const once = await readConnection(
    session,
    groupUid,
    uid,
    true,
    'state-after-change',
    'updateConnection',
    'a renamed connection stays in its group',
  );
  expectField(session, once.reply, {
    check: 'state-after-change',
    operationId: 'updateConnection',
    item: once.item,
    field: 'name',
    value: name,
    message: 'a renamed connection reads back with its new name',
  });
  await session.call('updateConnection', { uid }, { body: { name }, expect: 200 });
  const twice = await readConnection(
    session,
    groupUid,
    uid,
    true,
    'state-after-change',
    'updateConnection',
    'a connection renamed twice stays in its group',
  );
  sameState(session, 'updateConnection', once.item, twice, 'renaming a connection twice to the same name gives the same state');
}

async function credentials(session: Session, uid: string, groupUid: string): Promise<void> {
  const secret = { 'rdp.username': 'remotix-contract', 'rdp.password': `${session.runId}-password` };
  await session.call('setConnectionCredentials', { uid }, { body: secret, expect: 200 });
  const set = await readConnection(
    session,
    groupUid,
    uid,
    true,
    'state-after-change',
    'setConnectionCredentials',
    'a connection with credentials stays in its group',
  );
  expectField(session, set.reply, {
    check: 'state-after-change',
    operationId: 'setConnectionCredentials',
    item: set.item,
    field: 'has_credentials',
    value: true,
    source: 'assumed',
    message: 'a connection shows has_credentials after its credentials are set',
  });
  await session.call('setConnectionCredentials', { uid }, { body: secret, expect: 200 });
  const again = await readConnection(
    session,
    groupUid,
    uid,
    true,
    'state-after-change',
    'setConnectionCredentials',
    'a connection with credentials set twice stays in its group',
  );
  sameState(session, 'setConnectionCredentials', set.item, again, 'setting the same credentials twice gives the same state');
  await session.call('deleteConnectionCredentials', { uid }, { expect: 200 });
  const cleared = await readConnection(
    session,
    groupUid,
    uid,
    true,
    'state-after-change',
    'deleteConnectionCredentials',
    'a connection without credentials stays in its group',
  );
  expectField(session, cleared.reply, {
    check: 'state-after-change',
    operationId: 'deleteConnectionCredentials',
    item: cleared.item,
    field: 'has_credentials',
    value: false,
    source: 'assumed',
    message: 'a connection shows no credentials after they are deleted',
  });
  await session.call(
    'deleteConnectionCredentials',
    { uid },
    { expect: { status: 200, source: 'assumed', what: 'deleting credentials that are not there is not an error' } },
  );
}

function sameState(session: Session, operationId: string, before: unknown, after: { reply: Reply; item: unknown }, message: string): void {
  const same = before !== undefined && JSON.stringify(before) === JSON.stringify(after.item);
  session.verify('idempotent-update', operationId, 'documented', same, message, after.reply.exchange);
}
