import { computerOriginal } from '../computer-changes.js';
import { expectGroupRef, expectName, expectPresent, locateItem } from '../located-checks.js';
import { createOwnGroup, noteIdKeys } from '../own-resources.js';
import type { ScenarioClient } from '../scenario-client.js';
import { sameState } from '../shapes/derived.js';
import { asObject, type Json } from '../shapes/json-walk.js';
import { learnItem, learnList } from '../shapes/learned.js';
import { keyWithValue, recordOf } from '../shapes/read-lists.js';
import { deleteGroupAndCheck } from './group-lifecycle.js';
import { updateBody, updateItem } from './update-item.js';

/**
 * The --computer is renamed (twice), moved into a group of the run, then put back as it was. What puts it
 * back is in the run log before the first change (the client logs it); the name is put back in the key the
 * target showed it in, learned from the rename.
 */
export async function renameAndMoveComputer(client: ScenarioClient, computerId: string): Promise<void> {
  const params = { computer_id: computerId };
  const read = await client.call('getComputer', params, { expect: 200 });
  const before = read.status === 200 ? recordIn(read.body, computerId) : undefined;
  if (!before) {
    client.couldNotCheck(
      'state-after-change',
      'updateComputer',
      'documented',
      `the computer's main settings could not be read as an object (${read.status}), so it was neither renamed nor moved`,
      read.exchange,
    );
    return;
  }
  const group = client.run.before?.computerGroups[computerId]?.[0];
  let moved: string | undefined;
  try {
    const name = await rename(client, computerId, before);
    if (group === undefined) {
      client.couldNotCheck(
        'state-after-change',
        'updateComputer',
        'documented',
        'a moved computer is in its new group: could not check, the computer is in no group the kit could read, so it could not be put back; the move was not tried',
      );
      return;
    }
    moved = await createOwnGroup(client, 'computer group');
    await move(client, computerId, { from: group, to: moved, name });
  } finally {
    await restoreComputer(client, computerId, before, moved === undefined ? undefined : group);
    if (moved !== undefined) await deleteGroupAndCheck(client, moved);
  }
}

/** Renames the computer (twice); returns the name it now has. */
async function rename(client: ScenarioClient, computerId: string, before: Json): Promise<string> {
  const params = { computer_id: computerId };
  const name = client.name('computer');
  const current = computerOriginal(client.run, computerId, before);
  const update = { operationId: 'updateComputer', params, change: { name }, current } as const;
  await updateItem(client, update);
  const once = await client.call('getComputer', params, { expect: 200 });
  const record = recordIn(once.body, computerId);
  const place = learnList(client.learned, 'computer-record', { at: null, items: 'objects', idKey: null });
  const shown = keyWithValue(record, name);
  if (place.nameKey === undefined && shown !== null) {
    place.nameKey = shown;
    learnItem(client.learned, 'computer', { nameKey: shown });
    // The name key is known only now: correct what puts the computer back, before anything else changes it.
    await client.run.log.append({
      type: 'changing-computer',
      computer: computerId,
      original: { name: before[shown] as string },
      replaces: true,
    });
  }
  expectName(client, once, record, {
    list: 'computer-record',
    kind: 'computer',
    value: name,
    check: 'state-after-change',
    operationId: 'updateComputer',
    message: 'a renamed computer reads back with its new name',
  });
  await updateItem(client, update);
  const twice = await client.call('getComputer', params, { expect: 200 });
  const same = sameState(once.body, twice.body);
  client.verify(
    'idempotent-update',
    'updateComputer',
    'documented',
    same,
    'renaming a computer twice to the same name gives the same state',
    twice.exchange,
  );
  const group = client.run.before?.computerGroups[computerId]?.[0];
  if (group === undefined) return name;
  const items = await client.call('getGroup', { group_uid: group }, { expect: 200 });
  const spec = inGroup(computerId);
  const listed = expectPresent(client, items, { ...spec, message: 'a renamed computer stays in its group' });
  if (listed.found && client.learned.lists['group-computers']?.nameKey !== undefined) {
    expectName(client, items, listed.item, { ...spec, value: name, message: 'its group lists a renamed computer by its new name' });
  }
  await noteIdKeys(client);
  return name;
}

/** The --computer as an item of a group's answer, for checks of updateComputer. */
const inGroup = (computerId: string) =>
  ({ list: 'group-computers', kind: 'computer', id: computerId, check: 'state-after-change', operationId: 'updateComputer' }) as const;

async function move(client: ScenarioClient, computerId: string, { from, to, name }: { from: string; to: string; name: string }) {
  const params = { computer_id: computerId };
  await updateItem(client, { operationId: 'updateComputer', params, change: { category_uid: to }, current: { name, category_uid: from } });
  const spec = inGroup(computerId);
  const moved = await client.call('getGroup', { group_uid: to }, { expect: 200 });
  expectPresent(client, moved, { ...spec, message: 'a moved computer is in its new group' });
  const main = await client.call('getComputer', params, { expect: 200 });
  expectGroupRef(client, main, recordIn(main.body, computerId), {
    list: 'computer-record',
    group: to,
    check: 'state-after-change',
    operationId: 'updateComputer',
    message: 'a moved computer names its new group',
  });
  // The reference speaks of the "groups it belongs to": whether a move leaves the old group is assumed.
  const old = await client.call('getGroup', { group_uid: from }, { expect: 200 });
  const { found, readable } = locateItem(client, old, { list: 'group-computers', kind: 'computer', id: computerId });
  client.judge(
    'state-after-change',
    'updateComputer',
    'assumed',
    readable ? !found : undefined,
    'a moved computer is gone from its old group',
    old.exchange,
  );
}

/** Puts the name (in the key it was learned in) and the group back, and checks the computer reads as it did. */
async function restoreComputer(client: ScenarioClient, computerId: string, before: Json, group: string | undefined): Promise<void> {
  const params = { computer_id: computerId };
  const original = computerOriginal(client.run, computerId, before);
  const change = {
    ...(original.name === undefined ? {} : { name: original.name }),
    ...(group === undefined ? {} : { category_uid: group }),
  };
  const body = updateBody(client, 'updateComputer', change, original);
  if (Object.keys(body).length > 0) {
    const restore = await client.call('updateComputer', params, { body, expect: 200 });
    if (restore.status !== 200) return;
  }
  const after = await client.call('getComputer', params, { expect: 200 });
  const same = sameState(recordIn(after.body, computerId), before);
  client.verify(
    'state-after-change',
    'updateComputer',
    'documented',
    same,
    'the computer reads back as it was after its name and group are put back',
    after.exchange,
  );
  if (same) await client.markRestored(computerId);
}

/** The computer's record in its answer: the object that holds its id (an envelope's `data`), or the answer. */
const recordIn = (body: unknown, computerId: string): Json | undefined => recordOf(body, computerId) ?? asObject(body);
