import { expectField, expectListed } from '../list-checks.js';
import { createOwnGroup } from '../own-resources.js';
import { asObject } from '../read-helpers.js';
import type { Session } from '../session.js';
import { deleteGroupAndCheck } from './group-lifecycle.js';

/**
 * The --computer is renamed (twice), moved into a group of the run, then put back as it was. The original is
 * in the run log before the first change, so cleanup can restore it after a kill.
 */
export async function renameAndMoveComputer(session: Session, computerId: string): Promise<void> {
  const params = { computer_id: computerId };
  const read = await session.call('getComputer', params, { expect: 200 });
  const main = asObject(read.body);
  const original = {
    name: session.need(typeof main?.name === 'string' ? main.name : undefined, 'the computer has no name to restore'),
    category_uid: session.need(
      typeof main?.category_uid === 'string' ? main.category_uid : undefined,
      'the computer has no category_uid to restore',
    ),
  };
  session.run.guard.allowReference(original.category_uid);
  await session.run.log.append({ type: 'changing-computer', computer: computerId, original });
  let group: string | undefined;
  try {
    const name = session.name('computer');
    await session.call('updateComputer', params, { body: { name }, expect: 200 });
    const once = await session.call('getComputer', params, { expect: 200 });
    expectField(session, once, {
      check: 'state-after-change',
      operationId: 'updateComputer',
      item: asObject(once.body),
      field: 'name',
      value: name,
      message: 'a renamed computer reads back with its new name',
    });
    await session.call('updateComputer', params, { body: { name }, expect: 200 });
    const twice = await session.call('getComputer', params, { expect: 200 });
    session.verify(
      'idempotent-update',
      'updateComputer',
      'documented',
      JSON.stringify(once.body) === JSON.stringify(twice.body),
      'renaming a computer twice to the same name gives the same state',
      twice.exchange,
    );
    group = await createOwnGroup(session, 'computer group');
    await session.call('updateComputer', params, { body: { category_uid: group }, expect: 200 });
    const moved = await session.call('getGroup', { group_uid: group }, { expect: 200 });
    expectListed(session, moved, {
      check: 'state-after-change',
      operationId: 'updateComputer',
      key: 'computers',
      idKey: 'computer_id',
      id: computerId,
      present: true,
      message: 'a moved computer is in its new group',
    });
  } finally {
    await restoreComputer(session, computerId, original, read.body);
    if (group !== undefined) await deleteGroupAndCheck(session, group);
  }
}

async function restoreComputer(
  session: Session,
  computerId: string,
  original: { name: string; category_uid: string },
  before: unknown,
): Promise<void> {
  const params = { computer_id: computerId };
  const restore = await session.call('updateComputer', params, { body: original, expect: 200 });
  if (restore.status !== 200) return;
  await session.run.log.append({ type: 'restored', computer: computerId });
  const after = await session.call('getComputer', params, { expect: 200 });
  const same = JSON.stringify(after.body) === JSON.stringify(before);
  session.verify(
    'state-after-change',
    'updateComputer',
    'documented',
    same,
    'the computer reads back as it was after its name and group are put back',
    after.exchange,
  );
}
