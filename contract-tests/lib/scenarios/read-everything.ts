import { learnFromSnapshot } from '../shapes/learn-from-snapshot.js';
import { learnOfferedActions } from '../shapes/learn-offered-actions.js';
import { learnBeside, learnList } from '../shapes/learned.js';
import { chooseArray } from '../shapes/read-lists.js';
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
 * Every GET operation, on everything the target holds (ids read from lists are fine for reads), in
 * whatever shapes the target lists them. The result is the "before" snapshot that the run's end is
 * compared with, and the first things learned of the target's shapes.
 */
export const readEverything: Scenario = {
  id: 'read-everything',
  title: 'every GET operation answers by the contract, on everything the target holds',
  needs: [],
  covers: ['listGroups', 'getGroup', 'listNearby', ...COMPUTER_READS],
  async run(client) {
    const extra = client.run.computer === undefined ? [] : [client.run.computer];
    const before = await takeSnapshot(client.reader(), extra);
    client.run.before = before;
    // The --computer's own groups are the only ids not the run's own that a write may name: to put it back.
    for (const group of client.run.computer === undefined ? [] : (before.computerGroups[client.run.computer] ?? []))
      client.run.guard.allowReference(group);
    learnFromSnapshot(client.learned, before);
    learnOfferedActions(client.learned, before);
    learnBeside(client.learned, 'groups', before.groups);
    for (const computer of Object.values(before.computers)) {
      learnBeside(client.learned, 'computer-actions', computer.actions);
      learnBeside(client.learned, 'computer-connections', computer.connections);
    }
    const nearby = await client.call('listNearby', {}, { expect: 200 });
    const array = nearby.status === 200 ? chooseArray(nearby.body, undefined, /connection|nearby/i) : undefined;
    // Every entry is offered as an example: learnList keeps one per set of keys (a port only some show).
    for (const entry of array?.list ?? [])
      learnList(
        client.learned,
        'nearby',
        { at: array!.at, items: array!.list.every((e) => typeof e === 'object') ? 'objects' : 'mixed', idKey: null },
        entry,
      );
    if (array) learnBeside(client.learned, 'nearby', nearby.body);
    const computers = Object.keys(before.computers);
    if (Object.keys(before.items).length === 0) client.notTested(['getGroup'], 'the target has no group the kit could read');
    if (computers.length === 0) client.notTested(COMPUTER_READS, 'no cloud computer found in any group; name one with --computer <id>');
    const withConnections = Object.values(before.computers).some((c) => Object.keys(c.settings).length > 0);
    if (computers.length > 0 && !withConnections) {
      client.notTested(
        ['getComputerConnection', 'getComputerConnectionCredentials'],
        'no cloud computer lists a connection the kit could read',
      );
    }
  },
};
