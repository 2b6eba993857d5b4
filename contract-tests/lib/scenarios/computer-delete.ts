import { expectListed } from '../list-checks.js';
import { asObject } from '../read-helpers.js';
import type { Session } from '../session.js';
import type { Scenario } from './scenario.js';

/** Deleting the --computer (it cannot be restored: the user leaves its Trusted Users list). Runs last. */
export const computerDelete: Scenario = {
  id: 'computer-delete',
  title: 'a deleted computer answers 404 to every operation and is gone from its group',
  needs: ['writes', 'computer', 'computer-delete'],
  covers: ['deleteComputer'],
  async run(session) {
    const computerId = session.run.computer!;
    const params = { computer_id: computerId };
    const before = await session.call('getComputer', params, { expect: 200 });
    const group = asObject(before.body)?.category_uid;
    session.run.deletedComputers.add(computerId);
    const deleted = await session.call('deleteComputer', params, { expect: 200 });
    if (deleted.status !== 200) return;
    await session.run.log.append({ type: 'deleted', kind: 'computer', id: computerId });
    await afterDelete(session, computerId);
    if (typeof group !== 'string') return;
    const items = await session.call('getGroup', { group_uid: group }, { expect: 200 });
    expectListed(session, items, {
      check: 'use-after-free',
      operationId: 'deleteComputer',
      key: 'computers',
      idKey: 'computer_id',
      id: computerId,
      present: false,
      message: 'a deleted computer is gone from its group',
    });
  },
};

const READS = ['getComputer', 'listComputerActions', 'listComputerConnections'];
const CONNECTION_READS = ['getComputerConnection', 'getComputerConnectionCredentials'];
const CONNECTION_WRITES = ['deleteComputerConnection', 'deleteComputerConnectionCredentials'];

async function afterDelete(session: Session, computerId: string): Promise<void> {
  const params = { computer_id: computerId };
  const connection = { ...params, connection: 'VNC' };
  const gone = (operationId: string) => ({
    status: 404,
    check: 'use-after-free' as const,
    rejection: 'documented' as const,
    what: `${operationId} on a deleted computer answers 404`,
  });
  const statuses: number[] = [];
  for (const operationId of READS) statuses.push((await session.call(operationId, params, { expect: gone(operationId) })).status);
  for (const operationId of CONNECTION_READS) await session.call(operationId, connection, { expect: gone(operationId) });
  await session.call('updateComputer', params, { body: { name: session.name('computer after delete') }, expect: gone('updateComputer') });
  await session.call('updateComputerConnection', connection, { body: { quality: 'low' }, expect: gone('updateComputerConnection') });
  // Deleting a connection is allowed only on one the run added, or on a computer that is verifiably gone.
  if (statuses.every((status) => status === 404)) {
    session.run.guard.own('computer-connection', `${computerId}/VNC`);
    for (const operationId of CONNECTION_WRITES) await session.call(operationId, connection, { expect: gone(operationId) });
  }
  await session.call('deleteComputer', params, { expect: gone('deleteComputer') });
  if (!session.can('actions')) return;
  await session.call('chatWithComputer', params, { expect: gone('chatWithComputer') });
  await session.call('runComputerAction', { ...connection, action: 'control' }, { expect: gone('runComputerAction') });
}
