import { takeSnapshot } from '../snapshot.js';
import type { Scenario } from './scenario.js';

const COMPUTER_READS = [
  'getComputer',
  'listComputerActions',
  'listComputerConnections',
  'getComputerConnection',
  'getComputerConnectionCredentials',
];

/**
 * Every GET operation, on everything the target holds (ids read from lists are fine for reads). The result
 * is the "before" snapshot that the run's end is compared with.
 */
export const readEverything: Scenario = {
  id: 'read-everything',
  title: 'every GET operation answers by the contract, on everything the target holds',
  needs: [],
  covers: ['listGroups', 'getGroup', 'listNearby', ...COMPUTER_READS],
  async run(session) {
    const extra = session.run.computer === undefined ? [] : [session.run.computer];
    const read = (operationId: string, params: Record<string, string>) => session.call(operationId, params, { expect: 200 });
    session.run.before = await takeSnapshot(read, extra);
    await session.call('listNearby', {}, { expect: 200 });
    const computers = Object.keys(session.run.before.computers);
    if (Object.keys(session.run.before.items).length === 0) session.notTested(['getGroup'], 'the target has no group to read');
    if (computers.length === 0) session.notTested(COMPUTER_READS, 'no cloud computer found in any group; name one with --computer <id>');
    const withConnections = Object.values(session.run.before.computers).some((c) => Object.keys(c.settings).length > 0);
    if (computers.length > 0 && !withConnections) {
      session.notTested(['getComputerConnection', 'getComputerConnectionCredentials'], 'no cloud computer has a configured connection');
    }
  },
};
