import { computerOriginal } from '../computer-changes.js';
import { expectAbsent } from '../located-checks.js';
import { answersGone, type ScenarioClient } from '../scenario-client.js';
import type { Scenario } from './scenario.js';
import { chooseProbe } from './settings-probe.js';
import { updateBody } from './update-item.js';

/** Deleting the --computer (it cannot be restored: the user leaves its Trusted Users list). Runs last. */
export const computerDelete: Scenario = {
  id: 'computer-delete',
  title: 'a deleted computer answers 404 to every operation and is gone from its group',
  needs: ['writes', 'computer', 'computer-delete'],
  covers: ['deleteComputer'],
  async run(client) {
    const computerId = client.run.computer!;
    const params = { computer_id: computerId };
    const main = await client.call('getComputer', params, { expect: 200 });
    const groups = client.run.before?.computerGroups[computerId] ?? [];
    await client.run.log.append({ type: 'deleting-computer', computer: computerId, before: main.body });
    client.run.deletedComputers.add(computerId);
    const deleted = await client.call('deleteComputer', params, { expect: 200 });
    if (deleted.status !== 200) return;
    await client.run.log.append({ type: 'deleted', kind: 'computer', id: computerId });
    await afterDelete(client, computerId);
    for (const group of groups) {
      const items = await client.call('getGroup', { group_uid: group }, { expect: 200 });
      expectAbsent(client, items, {
        list: 'group-computers',
        kind: 'computer',
        id: computerId,
        check: 'use-after-free',
        operationId: 'deleteComputer',
        message: 'a deleted computer is gone from its group',
      });
    }
  },
};

const READS = ['getComputer', 'listComputerActions', 'listComputerConnections'];
const CONNECTION_READS = ['getComputerConnection', 'getComputerConnectionCredentials'];
const CONNECTION_WRITES = ['deleteComputerConnection', 'deleteComputerConnectionCredentials'];

async function afterDelete(client: ScenarioClient, computerId: string): Promise<void> {
  const params = { computer_id: computerId };
  const [known = 'VNC', settings] = Object.entries(client.run.before?.computers[computerId]?.settings ?? {})[0] ?? [];
  const connection = { ...params, connection: known };
  const probe = chooseProbe(settings, known, client.run.contract);
  const change = probe ? { [probe.key]: probe.other } : { quality: 'low' };
  const gone = (operationId: string) =>
    answersGone(`${operationId} on a deleted computer answers 404`, operationId.startsWith('delete') ? 'delete' : undefined);
  const statuses: number[] = [];
  for (const operationId of READS) statuses.push((await client.call(operationId, params, { expect: gone(operationId) })).status);
  for (const operationId of CONNECTION_READS) await client.call(operationId, connection, { expect: gone(operationId) });
  const name = { name: client.name('computer after delete') };
  const original = computerOriginal(client.run, computerId, client.run.before?.computers[computerId]?.main);
  await client.call('updateComputer', params, {
    body: updateBody(client, 'updateComputer', name, original),
    expect: gone('updateComputer'),
  });
  await client.call('updateComputerConnection', connection, { body: change, expect: gone('updateComputerConnection') });
  // Deleting a connection is allowed only on one the run added, or on a computer that is verifiably gone.
  if (statuses.every((status) => status >= 400 && status < 500)) {
    client.run.guard.own('computer-connection', `${computerId}/${known}`);
    for (const operationId of CONNECTION_WRITES) await client.call(operationId, connection, { expect: gone(operationId) });
  }
  await client.call('deleteComputer', params, { expect: gone('deleteComputer') });
  if (!client.can('actions')) return;
  await client.call('chatWithComputer', params, { expect: gone('chatWithComputer') });
  await client.call('runComputerAction', { ...connection, action: 'control' }, { expect: gone('runComputerAction') });
}
