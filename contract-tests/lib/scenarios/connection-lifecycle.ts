import { expectGroupRef, expectName, learnGroupKey } from '../located-checks.js';
import { createOwnConnection, deleteOwn, noteIdKeys } from '../own-resources.js';
import { answersGone, type ScenarioClient } from '../scenario-client.js';
import { learnCreated } from '../shapes/learned.js';
import { connectionCredentials } from './connection-credentials.js';
import { expectSameState, readConnection } from './read-connection.js';
import { updateBody, updateItem } from './update-item.js';

/**
 * A connection of the run: created in `first` and readable at once → renamed (twice) → moved to `second`
 * → credentials set (twice) and deleted → ACTION connect → deleted → gone and 404.
 */
export async function connectionLifecycle(client: ScenarioClient, first: string, second: string): Promise<void> {
  const uid = await createOwnConnection(client, 'connection', first);
  const created = await readConnection(client, first, uid, true, {
    check: 'resource-availability',
    operationId: 'createConnection',
    message: 'a created connection is in its group at once',
  });
  await noteIdKeys(client);
  if (created.found) {
    learnCreated(client.learned, 'connection', created.item);
    learnGroupKey(client, 'group-connections', 'connection', created.item, first);
    expectName(client, created.reply, created.item, {
      list: 'group-connections',
      kind: 'connection',
      value: client.name('connection'),
      check: 'resource-availability',
      operationId: 'createConnection',
      message: 'a created connection reads back with its name',
    });
  }
  const name = await renameConnection(client, uid, first);
  await updateItem(client, {
    operationId: 'updateConnection',
    params: { uid },
    change: { category_uid: second },
    current: { name, category_uid: first },
  });
  const moved = await readConnection(client, second, uid, true, {
    check: 'state-after-change',
    operationId: 'updateConnection',
    message: 'a moved connection is in its new group',
  });
  expectGroupRef(client, moved.reply, moved.item, {
    list: 'group-connections',
    group: second,
    check: 'state-after-change',
    operationId: 'updateConnection',
    message: 'a moved connection names its new group',
  });
  await readConnection(client, first, uid, false, {
    check: 'state-after-change',
    operationId: 'updateConnection',
    message: 'a moved connection is gone from its old group',
  });
  await connectionCredentials(client, uid, second, moved.item ?? created.item);
  if (client.can('actions')) await client.call('connectConnection', { uid }, { expect: 200 });
  else client.notTested(['connectConnection'], 'needs --allow-actions');
  const deleted = await deleteOwn(client, 'connection', uid);
  if (deleted.status !== 200) return;
  await readConnection(client, second, uid, false, {
    check: 'use-after-free',
    operationId: 'deleteConnection',
    message: 'a deleted connection is gone from its group',
  });
  await afterDelete(client, uid, second);
}

/** Every operation on a deleted connection answers 404 (and, for a real target, changes nothing of anyone's). */
async function afterDelete(client: ScenarioClient, uid: string, group: string): Promise<void> {
  const gone = answersGone;
  await client.call(
    'updateConnection',
    { uid },
    {
      body: updateBody(client, 'updateConnection', { name: client.name('connection after delete') }, { category_uid: group }),
      expect: gone('updating a deleted connection answers 404'),
    },
  );
  await client.call(
    'setConnectionCredentials',
    { uid },
    { body: { 'rdp.password': 'x' }, expect: gone('setting credentials of a deleted connection answers 404') },
  );
  await client.call(
    'deleteConnectionCredentials',
    { uid },
    { expect: gone('deleting credentials of a deleted connection answers 404', 'delete') },
  );
  await client.call('deleteConnection', { uid }, { expect: gone('deleting a deleted connection answers 404', 'delete') });
  if (client.can('actions'))
    await client.call('connectConnection', { uid }, { expect: gone('ACTION connect on a deleted connection answers 404') });
}

/** Renames the connection (twice); returns its new name. */
async function renameConnection(client: ScenarioClient, uid: string, groupUid: string): Promise<string> {
  const name = client.name('connection renamed');
  const current = { name: client.name('connection'), category_uid: groupUid };
  const update = { operationId: 'updateConnection', params: { uid }, change: { name }, current } as const;
  await updateItem(client, update);
  const once = await readConnection(client, groupUid, uid, true, {
    check: 'state-after-change',
    operationId: 'updateConnection',
    message: 'a renamed connection stays in its group',
  });
  if (once.found) {
    expectName(client, once.reply, once.item, {
      list: 'group-connections',
      kind: 'connection',
      value: name,
      check: 'state-after-change',
      operationId: 'updateConnection',
      message: 'a renamed connection reads back with its new name',
    });
  }
  await updateItem(client, update);
  const twice = await readConnection(client, groupUid, uid, true, {
    check: 'state-after-change',
    operationId: 'updateConnection',
    message: 'a connection renamed twice stays in its group',
  });
  expectSameState(client, 'updateConnection', once.item, twice, 'renaming a connection twice to the same name gives the same state');
  return name;
}
