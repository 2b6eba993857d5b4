import type { ScenarioClient } from '../scenario-client.js';
import { learnName } from '../shapes/learned.js';
import { invalidActions, invalidComputerUpdates } from './invalid-computer-input.js';
import { invalidCreates } from './invalid-creates.js';
import { nonEmptyGroupDelete } from './non-empty-group-delete.js';
import { reader, rejects } from './rejects.js';
import type { Scenario } from './scenario.js';
import { createScratchItems, removeScratchItems, type ScratchItems } from './scratch-items.js';
import { updateBody } from './update-item.js';

/**
 * Invalid input of every kind is rejected with a 4xx and changes nothing. Reads need only
 * --allow-negative; writes, computer updates and ACTION need their own flags too, and touch only the run's
 * own items and the --computer (logged first, and put back if a lenient target applied them).
 */
export const invalidInput: Scenario = {
  id: 'invalid-input',
  title: 'invalid input is rejected with the documented 4xx and changes nothing',
  needs: ['negative'],
  covers: [
    'getGroup',
    'getComputer',
    'getComputerConnection',
    'createGroup',
    'createConnection',
    'renameGroup',
    'updateConnection',
    'setConnectionCredentials',
    'deleteGroup',
    'updateComputer',
    'updateComputerConnection',
    'connectConnection',
    'runComputerAction',
  ],
  async run(client) {
    await invalidReads(client);
    if (!client.can('writes')) return;
    const items = await createScratchItems(client, 'invalid-input');
    await invalidCreates(client, items);
    await invalidUpdates(client, items);
    if (client.can('computer')) await invalidComputerUpdates(client, client.run.computer!, items);
    if (client.can('actions')) await invalidActions(client, items);
    // Last: a target that allows it deletes (or moves) the group's items with it.
    const fate = await nonEmptyGroupDelete(client, items);
    await removeScratchItems(client, items, fate);
  },
};

async function invalidReads(client: ScenarioClient): Promise<void> {
  await rejects(client, {
    operationId: 'getGroup',
    params: { group_uid: 'not-a-uid' },
    options: {},
    status: 400,
    what: 'a group uid of the wrong shape is a 400',
    kind: 'malformed-id',
  });
  const group = Object.keys(client.run.before?.items ?? {})[0];
  if (group !== undefined) {
    await rejects(client, {
      operationId: 'getGroup',
      params: { group_uid: group },
      options: { query: '?page=2' },
      status: 400,
      what: 'a query parameter the API does not take is a 400',
      kind: 'query-parameter',
    });
  }
  await rejects(client, {
    operationId: 'getComputer',
    params: { computer_id: 'not-a-computer' },
    options: {},
    status: 400,
    what: 'a computer id of the wrong shape is a 400',
    kind: 'malformed-id',
  });
  const computer = client.run.computer ?? Object.keys(client.run.before?.computers ?? {})[0];
  if (computer === undefined) return;
  await rejects(client, {
    operationId: 'getComputerConnection',
    params: { computer_id: computer, connection: 'SSH' },
    options: {},
    status: 400,
    what: 'a connection type the API does not know is a 400',
    kind: 'unknown-connection-type',
  });
}

async function invalidUpdates(client: ScenarioClient, items: ScratchItems): Promise<void> {
  const state = reader(client, 'getGroup', { group_uid: items.group });
  const params = { group_uid: items.group };
  const uid = { uid: items.connection };
  // What a lenient target applied is put back: the connection's own name, in the run's group.
  const putBack = async () =>
    void (await client.call('updateConnection', uid, {
      body: updateBody(client, 'updateConnection', { category_uid: items.group }, { name: items.connectionName }),
    }));
  const empty = await rejects(client, {
    operationId: 'renameGroup',
    params,
    options: { body: { name: '' } },
    status: 400,
    what: 'an empty group name is a 400',
    kind: 'empty-name',
    state,
    restore: async () => void (await client.call('renameGroup', params, { body: { name: items.groupName } })),
  });
  learnName(client.learned, 'empty-name', '', empty.status, client.run.contract.schema('Name'));
  await rejects(client, {
    operationId: 'renameGroup',
    params,
    options: { body: { name: 42 } },
    status: 400,
    what: 'a group name that is not a string is a 400',
    kind: 'wrong-type',
    state,
  });
  await rejects(client, {
    operationId: 'updateConnection',
    params: uid,
    options: { body: updateBody(client, 'updateConnection', { category_uid: items.deletedGroup }, { name: items.connectionName }) },
    status: 422,
    what: 'moving a connection to a group that does not exist is a 422',
    kind: 'unknown-reference',
    state,
    restore: putBack,
  });
  await rejects(client, {
    operationId: 'updateConnection',
    params: uid,
    options: { body: {} },
    status: 400,
    what: 'an update that changes nothing is a 400',
    kind: 'empty-update',
    state,
  });
  // No body at all (not even `{}`): refused, or read as `{}`; the reference is silent.
  await rejects(client, {
    operationId: 'updateConnection',
    params: uid,
    options: {},
    status: 400,
    what: 'an update with no body at all is a 400',
    kind: 'missing-body',
    state,
    restore: putBack,
  });
  await rejects(client, {
    operationId: 'setConnectionCredentials',
    params: uid,
    options: { body: { 'ssh.password': 'x' } },
    status: 400,
    what: 'a credential key the reference does not list is a 400',
    kind: 'unknown-credential-key',
    state,
  });
  await rejects(client, {
    operationId: 'getGroup',
    params: { group_uid: items.deletedGroup },
    options: {},
    status: 404,
    what: 'a group that does not exist answers 404',
    kind: 'not-found',
  });
  await rejects(client, {
    operationId: 'deleteGroup',
    params: { group_uid: items.deletedGroup },
    options: {},
    status: 404,
    what: 'deleting a group that does not exist is a 404',
    kind: 'not-found',
  });
}
