import { expectField, expectListed } from '../list-checks.js';
import { createOwnGroup, deleteOwn } from '../own-resources.js';
import { asObject } from '../read-helpers.js';
import type { Session } from '../session.js';
import { connectionLifecycle } from './connection-lifecycle.js';
import type { Scenario } from './scenario.js';

/**
 * Group create → readable → rename (twice, same state) → list → a connection in it (see connection-lifecycle)
 * → delete → 404 and gone from the list.
 */
export const groupLifecycle: Scenario = {
  id: 'group-lifecycle',
  title: 'a group and a connection go through create, rename, list, move, credentials, ACTION connect and delete',
  needs: ['writes'],
  covers: [
    'createGroup',
    'getGroup',
    'renameGroup',
    'listGroups',
    'deleteGroup',
    'createConnection',
    'updateConnection',
    'setConnectionCredentials',
    'deleteConnectionCredentials',
    'connectConnection',
    'deleteConnection',
  ],
  async run(session) {
    const first = await createReadableGroup(session, 'group A');
    await renameGroup(session, first, session.name('group A renamed'));
    const second = await createOwnGroup(session, 'group B');
    await connectionLifecycle(session, first, second);
    await deleteGroupAndCheck(session, first);
    await deleteGroupAndCheck(session, second);
  },
};

/** A created group is readable at once, by itself and in the list of groups. */
export async function createReadableGroup(session: Session, label: string): Promise<string> {
  const groupUid = await createOwnGroup(session, label);
  const name = session.name(label);
  const own = await session.call(
    'getGroup',
    { group_uid: groupUid },
    {
      expect: { status: 200, check: 'resource-availability', what: 'a created group is readable at once' },
    },
  );
  expectField(session, own, {
    check: 'resource-availability',
    operationId: 'getGroup',
    item: asObject(own.body),
    field: 'name',
    value: name,
    message: 'a created group reads back with its name',
  });
  const list = await session.call('listGroups', {}, { expect: 200 });
  const listed = expectListed(session, list, {
    check: 'resource-availability',
    operationId: 'listGroups',
    key: 'groups',
    idKey: 'group_uid',
    id: groupUid,
    present: true,
    message: 'a created group is in the list of groups at once',
  });
  if (listed)
    expectField(session, list, {
      check: 'resource-availability',
      operationId: 'listGroups',
      item: listed,
      field: 'name',
      value: name,
      message: 'the list shows the created group by its name',
    });
  return groupUid;
}

async function renameGroup(session: Session, groupUid: string, name: string): Promise<void> {
  const params = { group_uid: groupUid };
  await session.call('renameGroup', params, { body: { name }, expect: 200 });
  const once = await session.call('getGroup', params, { expect: 200 });
  expectField(session, once, {
    check: 'state-after-change',
    operationId: 'renameGroup',
    item: asObject(once.body),
    field: 'name',
    value: name,
    message: 'a renamed group reads back with its new name',
  });
  await session.call('renameGroup', params, { body: { name }, expect: 200 });
  const twice = await session.call('getGroup', params, { expect: 200 });
  const same = JSON.stringify(twice.body) === JSON.stringify(once.body);
  session.verify(
    'idempotent-update',
    'renameGroup',
    'documented',
    same,
    'renaming a group twice to the same name gives the same state',
    twice.exchange,
  );
  const list = await session.call('listGroups', {}, { expect: 200 });
  const listed = expectListed(session, list, {
    check: 'state-after-change',
    operationId: 'listGroups',
    key: 'groups',
    idKey: 'group_uid',
    id: groupUid,
    present: true,
    message: 'a renamed group is still in the list of groups',
  });
  if (listed)
    expectField(session, list, {
      check: 'state-after-change',
      operationId: 'listGroups',
      item: listed,
      field: 'name',
      value: name,
      message: 'the list shows the group by its new name',
    });
}

/** Deletes a group of the run: it then answers 404 and is gone from the list. */
export async function deleteGroupAndCheck(session: Session, groupUid: string): Promise<void> {
  const deleted = await deleteOwn(session, 'group', groupUid);
  if (deleted.status !== 200) return;
  await session.call(
    'getGroup',
    { group_uid: groupUid },
    {
      expect: { status: 404, check: 'use-after-free', rejection: 'documented', what: 'a deleted group answers 404' },
    },
  );
  await session.call(
    'renameGroup',
    { group_uid: groupUid },
    {
      body: { name: session.name('group after delete') },
      expect: { status: 404, check: 'use-after-free', rejection: 'documented', what: 'renaming a deleted group answers 404' },
    },
  );
  const list = await session.call('listGroups', {}, { expect: 200 });
  expectListed(session, list, {
    check: 'use-after-free',
    operationId: 'deleteGroup',
    key: 'groups',
    idKey: 'group_uid',
    id: groupUid,
    present: false,
    message: 'a deleted group is gone from the list of groups',
  });
}
