import type { Reply } from '../exchange.js';
import { expectAbsent, expectName, expectPresent } from '../located-checks.js';
import { createOwnGroup, deleteOwn, noteIdKeys } from '../own-resources.js';
import { answersGone, type ScenarioClient } from '../scenario-client.js';
import { sameState } from '../shapes/derived.js';
import { foreignEntries, json, sameId } from '../shapes/json-walk.js';
import { learnFromGroupAnswers } from '../shapes/learn-from-snapshot.js';
import { learnCreated, learnList } from '../shapes/learned.js';
import { keyWithValue, nameLikeKey, recordOf } from '../shapes/read-lists.js';
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
  async run(client) {
    const first = await createReadableGroup(client, 'group A');
    await renameGroup(client, first, client.name('group A renamed'));
    const second = await createOwnGroup(client, 'group B');
    await connectionLifecycle(client, first, second);
    if (client.run.before) learnFromGroupAnswers(client.learned, client.run.before);
    await deleteGroupAndCheck(client, first);
    await deleteGroupAndCheck(client, second);
  },
};

/** A created group is readable at once, by itself and in the list of groups. */
export async function createReadableGroup(client: ScenarioClient, label: string): Promise<string> {
  const groupUid = await createOwnGroup(client, label);
  const name = client.name(label);
  const own = await client.call(
    'getGroup',
    { group_uid: groupUid },
    { expect: { status: 200, check: 'resource-availability', what: 'a created group is readable at once' } },
  );
  recordName(client, own, groupUid, name, { check: 'resource-availability', message: 'a created group reads back with its name' });
  const list = await client.call('listGroups', {}, { expect: 200 });
  const spec = { list: 'groups', kind: 'group', id: groupUid, operationId: 'listGroups' } as const;
  const listed = expectPresent(client, list, {
    ...spec,
    check: 'resource-availability',
    message: 'a created group is in the list of groups at once',
  });
  if (listed.found) learnCreated(client.learned, 'group', listed.item);
  if (listed.found)
    expectName(client, list, listed.item, {
      ...spec,
      value: name,
      check: 'resource-availability',
      message: 'the list shows the created group by its name',
    });
  await noteIdKeys(client);
  return groupUid;
}

/**
 * Where the group's own answer shows its record (an object holding its id) with a name, the name is `name`.
 * An answer that shows no record or no name (a bare list of items) leaves the check to the list of groups.
 */
function recordName(
  client: ScenarioClient,
  reply: Reply,
  groupUid: string,
  name: string,
  spec: { check: 'resource-availability' | 'state-after-change'; message: string },
): void {
  const record = reply.status === 200 ? recordOf(reply.body, groupUid) : undefined;
  if (!record) return;
  const idKey = Object.keys(record).find((key) => sameId(record[key], groupUid)) ?? null;
  const place = learnList(client.learned, 'group-record', { at: null, items: 'objects', idKey });
  if (place.nameKey === undefined && keyWithValue(record, name) === null && nameLikeKey(record, [idKey ?? '']) === null) return;
  const operationId = spec.check === 'resource-availability' ? 'getGroup' : 'renameGroup';
  expectName(client, reply, record, {
    list: 'group-record',
    kind: 'group',
    value: name,
    check: spec.check,
    operationId,
    message: spec.message,
  });
}

async function renameGroup(client: ScenarioClient, groupUid: string, name: string): Promise<void> {
  const params = { group_uid: groupUid };
  await client.call('renameGroup', params, { body: { name }, expect: 200 });
  const once = await client.call('getGroup', params, { expect: 200 });
  recordName(client, once, groupUid, name, { check: 'state-after-change', message: 'a renamed group reads back with its new name' });
  await client.call('renameGroup', params, { body: { name }, expect: 200 });
  const twice = await client.call('getGroup', params, { expect: 200 });
  const same = sameState(twice.body, once.body);
  client.verify(
    'idempotent-update',
    'renameGroup',
    'documented',
    same,
    'renaming a group twice to the same name gives the same state',
    twice.exchange,
  );
  const list = await client.call('listGroups', {}, { expect: 200 });
  const spec = { list: 'groups', kind: 'group', id: groupUid, operationId: 'listGroups', check: 'state-after-change' } as const;
  const listed = expectPresent(client, list, { ...spec, message: 'a renamed group is still in the list of groups' });
  if (listed.found)
    expectName(client, list, listed.item, {
      ...spec,
      value: name,
      operationId: 'renameGroup',
      message: 'the list of groups shows a renamed group by its new name',
    });
}

/** Deletes a group of the run: it then answers 404 and is gone from the list. */
export async function deleteGroupAndCheck(client: ScenarioClient, groupUid: string): Promise<void> {
  const items = await client.call('getGroup', { group_uid: groupUid }, { quiet: true });
  const foreign = items.status === 200 ? foreignEntries(items.body, client.runId, client.run.computer) : [];
  if (foreign.length > 0) {
    const what = `group ${groupUid} of the run still lists ${json(foreign[0]).slice(0, 120)}, which is not the run's: the kit does not delete it, so that a target which deletes a group's items with it cannot delete that; remove the group yourself once it is empty`;
    client.verify('safety', 'deleteGroup', 'documented', false, what, items.exchange);
    return;
  }
  const deleted = await deleteOwn(client, 'group', groupUid);
  if (deleted.status !== 200) return;
  const gone = answersGone;
  await client.call('getGroup', { group_uid: groupUid }, { expect: gone('a deleted group answers 404') });
  await client.call(
    'renameGroup',
    { group_uid: groupUid },
    { body: { name: client.name('group after delete') }, expect: gone('renaming a deleted group answers 404') },
  );
  const list = await client.call('listGroups', {}, { expect: 200 });
  expectAbsent(client, list, {
    list: 'groups',
    kind: 'group',
    id: groupUid,
    check: 'use-after-free',
    operationId: 'deleteGroup',
    message: 'a deleted group is gone from the list of groups',
  });
}
