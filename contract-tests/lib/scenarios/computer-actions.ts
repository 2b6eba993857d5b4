import { learnBeside, learnList } from '../shapes/learned.js';
import { actionsAt, readActions } from '../shapes/read-actions.js';
import { computerConnectionIds } from './computer-connections.js';
import type { Scenario } from './scenario.js';

const CONNECTION_ACTION = /^(.+)\/([a-z]+)$/;

/**
 * Every ACTION in the --computer's actions list is accepted, however the list is written. ACTION opens
 * sessions: it needs --allow-actions. A list the kit cannot read is said so, and nothing is claimed about it.
 */
export const computerActions: Scenario = {
  id: 'computer-actions',
  title: "every ACTION in the computer's actions list is accepted",
  needs: ['actions', 'computer'],
  covers: ['listComputerActions', 'chatWithComputer', 'runComputerAction'],
  async run(client) {
    const computerId = client.run.computer!;
    const connections = await computerConnectionIds(client, computerId);
    const reply = await client.call('listComputerActions', { computer_id: computerId }, { expect: 200 });
    const read = reply.status === 200 ? readActions(reply.body, connections) : undefined;
    if (!read) {
      const why = `the computer's actions list (${reply.status}) could not be read as ACTION paths, objects or per-connection lists, so no ACTION of it was tried`;
      client.couldNotCheck(
        'expected-status',
        'runComputerAction',
        'documented',
        `every action in the actions list is accepted: could not check, ${why}`,
        reply.exchange,
      );
      return client.notTested(['chatWithComputer', 'runComputerAction'], why);
    }
    learnList(client.learned, 'computer-actions', { at: actionsAt(reply.body), items: 'mixed', idKey: null, form: read.form }, reply.body);
    learnBeside(client.learned, 'computer-actions', reply.body);
    if (!read.actions.includes('chat')) client.notTested(['chatWithComputer'], 'chat is not in the actions list the computer returned');
    if (!read.actions.some((a) => a !== 'chat'))
      client.notTested(['runComputerAction'], 'the actions list the computer returned has no connection action');
    for (const action of read.actions) {
      if (action === 'chat') {
        await client.call(
          'chatWithComputer',
          { computer_id: computerId },
          { expect: { status: 200, what: 'ACTION chat, which the computer offers, is accepted' } },
        );
        continue;
      }
      const [, connection, name] = CONNECTION_ACTION.exec(action)!;
      await client.call(
        'runComputerAction',
        { computer_id: computerId, connection: connection!, action: name! },
        {
          expect: { status: 200, what: `ACTION ${action}, which the computer offers, is accepted` },
        },
      );
    }
  },
};
