import { asObject } from '../read-helpers.js';
import type { Scenario } from './scenario.js';

const ACTION_NAME = /^(?:chat|((?:NEAR|VNC|RDP)(?:_\d+)?)\/([a-z]+))$/;

/** Every ACTION in the --computer's `actions` list is accepted. ACTION opens sessions: it needs --allow-actions. */
export const computerActions: Scenario = {
  id: 'computer-actions',
  title: "every ACTION in the computer's actions list is accepted",
  needs: ['actions', 'computer'],
  covers: ['listComputerActions', 'chatWithComputer', 'runComputerAction'],
  async run(session) {
    const computerId = session.run.computer!;
    const reply = await session.call('listComputerActions', { computer_id: computerId }, { expect: 200 });
    const list = asObject(reply.body)?.actions;
    const actions = Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
    if (!actions.includes('chat')) session.notTested(['chatWithComputer'], 'the computer does not offer chat');
    if (!actions.some((a) => a !== 'chat')) session.notTested(['runComputerAction'], 'the computer offers no connection action');
    for (const action of actions) {
      const match = ACTION_NAME.exec(action);
      if (!match) {
        session.verify(
          'response-schema-conformance',
          'listComputerActions',
          'assumed',
          false,
          `the action ${JSON.stringify(action)} is not an ACTION path the document knows`,
          reply.exchange,
        );
      } else if (action === 'chat') {
        await session.call(
          'chatWithComputer',
          { computer_id: computerId },
          { expect: { status: 200, what: 'ACTION chat, which the computer offers, is accepted' } },
        );
      } else {
        const params = { computer_id: computerId, connection: match[1]!, action: match[2]! };
        await session.call('runComputerAction', params, {
          expect: { status: 200, what: `ACTION ${action}, which the computer offers, is accepted` },
        });
      }
    }
  },
};
