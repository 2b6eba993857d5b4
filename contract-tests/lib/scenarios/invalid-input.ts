import { attemptCreate } from '../own-resources.js';
import { asObject, connectionType, idsIn, listIn } from '../read-helpers.js';
import type { Session } from '../session.js';
import { reader, rejects } from './rejects.js';
import type { Scenario } from './scenario.js';
import { createScratchItems, removeScratchItems, type ScratchItems } from './scratch-items.js';

/**
 * Invalid input of every kind is rejected with the 4xx the document gives and changes nothing. Reads need
 * only --allow-negative; writes, computer updates and ACTION need their own flags too, and touch only the
 * run's own items and the --computer.
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
  async run(session) {
    await invalidReads(session);
    if (!session.can('writes')) return;
    const items = await createScratchItems(session, 'invalid-input');
    await invalidCreates(session, items);
    await invalidUpdates(session, items);
    if (session.can('computer')) await invalidComputerUpdates(session, session.run.computer!, items);
    if (session.can('actions')) await invalidActions(session, items);
    await removeScratchItems(session, items);
  },
};

async function invalidReads(session: Session): Promise<void> {
  await rejects(session, {
    operationId: 'getGroup',
    params: { group_uid: 'not-a-uid' },
    options: {},
    status: 400,
    what: 'a group uid of the wrong shape is a 400',
  });
  const group = Object.keys(session.run.before?.items ?? {})[0];
  if (group !== undefined) {
    await rejects(session, {
      operationId: 'getGroup',
      params: { group_uid: group },
      options: { query: '?page=2' },
      status: 400,
      what: 'a query parameter the API does not take is a 400',
    });
  }
  await rejects(session, {
    operationId: 'getComputer',
    params: { computer_id: 'not-a-computer' },
    options: {},
    status: 400,
    what: 'a computer id of the wrong shape is a 400',
  });
  const computer = session.run.computer ?? Object.keys(session.run.before?.computers ?? {})[0];
  if (computer === undefined) return;
  await rejects(session, {
    operationId: 'getComputerConnection',
    params: { computer_id: computer, connection: 'SSH' },
    options: {},
    status: 400,
    what: 'a connection type the API does not know is a 400',
  });
}

async function invalidCreates(session: Session, items: ScratchItems): Promise<void> {
  const runGroups = async () => {
    const reply = await session.call('listGroups');
    return listIn(reply.body, 'groups').filter((g) => String(g.name).includes(session.runId));
  };
  const create = async (
    operationId: 'createGroup' | 'createConnection',
    name: string,
    options: Parameters<typeof attemptCreate>[3],
    status: number,
    what: string,
  ) => {
    const before = await runGroups();
    const reply = await attemptCreate(session, operationId, name, {
      ...options,
      expect: { status, check: 'negative-data-rejection', what },
    });
    const same = JSON.stringify(before) === JSON.stringify(await runGroups());
    const source = reply.status >= 400 && reply.status < 500 ? 'documented' : 'assumed';
    session.verify('negative-data-rejection', operationId, source, same, `${what}, and changes nothing`, reply.exchange);
  };
  const name = session.name('invalid');
  await create(
    'createGroup',
    name,
    { raw: { text: JSON.stringify({ name }), contentType: 'text/plain' } },
    415,
    'a body not sent as JSON is a 415',
  );
  await create(
    'createGroup',
    name,
    { raw: { text: `{"name": "${name}"`, contentType: 'application/json' } },
    400,
    'a body that is not JSON is a 400',
  );
  await create(
    'createGroup',
    `${name} ${'x'.repeat(300)}`,
    { body: { name: `${name} ${'x'.repeat(300)}` } },
    400,
    'a name longer than 255 characters is a 400',
  );
  await create('createGroup', name, { body: { name, colour: 'red' } }, 400, 'a key the API does not take is a 400');
  await create(
    'createConnection',
    name,
    { body: { name, category_uid: items.deletedGroup } },
    422,
    'a connection in a group that does not exist is a 422',
  );
}

async function invalidUpdates(session: Session, items: ScratchItems): Promise<void> {
  const group = reader(session, 'getGroup', { group_uid: items.group });
  const params = { group_uid: items.group };
  await rejects(session, {
    operationId: 'renameGroup',
    params,
    options: { body: { name: '' } },
    status: 400,
    what: 'an empty group name is a 400',
    state: group,
  });
  await rejects(session, {
    operationId: 'renameGroup',
    params,
    options: { body: { name: 42 } },
    status: 400,
    what: 'a group name that is not a string is a 400',
    state: group,
  });
  const uid = { uid: items.connection };
  await rejects(session, {
    operationId: 'updateConnection',
    params: uid,
    options: { body: { category_uid: items.deletedGroup } },
    status: 422,
    what: 'moving a connection to a group that does not exist is a 422',
    state: group,
  });
  await rejects(session, {
    operationId: 'updateConnection',
    params: uid,
    options: { body: {} },
    status: 400,
    what: 'an update that changes nothing is a 400',
    state: group,
  });
  await rejects(session, {
    operationId: 'setConnectionCredentials',
    params: uid,
    options: { body: { 'ssh.password': 'x' } },
    status: 400,
    what: 'a credential key the reference does not list is a 400',
    state: group,
  });
  await rejects(session, {
    operationId: 'deleteGroup',
    params,
    options: {},
    status: 409,
    what: 'deleting a group that still holds a connection is a 409',
    state: group,
  });
  await rejects(session, {
    operationId: 'getGroup',
    params: { group_uid: items.deletedGroup },
    options: {},
    status: 404,
    what: 'a group that does not exist answers 404',
  });
  await rejects(session, {
    operationId: 'deleteGroup',
    params: { group_uid: items.deletedGroup },
    options: {},
    status: 404,
    what: 'deleting a group that does not exist is a 404',
  });
}

async function invalidComputerUpdates(session: Session, computerId: string, items: ScratchItems): Promise<void> {
  const params = { computer_id: computerId };
  const main = reader(session, 'getComputer', params);
  await rejects(session, {
    operationId: 'updateComputer',
    params,
    options: { body: { name: '' } },
    status: 400,
    what: 'an empty computer name is a 400',
    state: main,
  });
  await rejects(session, {
    operationId: 'updateComputer',
    params,
    options: { body: { category_uid: items.deletedGroup } },
    status: 422,
    what: 'moving a computer to a group that does not exist is a 422',
    state: main,
  });
  const list = await session.call('listComputerConnections', params);
  const connection = idsIn(list.body, 'connections', 'connection').find((id) => connectionType(id) !== undefined);
  if (connection === undefined) return;
  const valid = connectionType(connection) === 'RDP' ? { color_depth: 16 } : { quality: 'low' };
  await rejects(session, {
    operationId: 'updateComputerConnection',
    params: { ...params, connection },
    options: { body: { ...valid, no_such_setting: true } },
    status: 400,
    what: 'an update with a key the connection does not have is a 400, and none of it is applied',
    state: reader(session, 'getComputerConnection', { ...params, connection }),
  });
}

async function invalidActions(session: Session, items: ScratchItems): Promise<void> {
  await rejects(session, {
    operationId: 'connectConnection',
    params: { uid: items.connection },
    options: { body: { now: true } },
    status: 400,
    what: 'an ACTION with a body other than {} is a 400',
  });
  if (!session.can('computer')) return;
  const computerId = session.run.computer!;
  const actions = asObject((await session.call('listComputerActions', { computer_id: computerId })).body)?.actions;
  const connections = idsIn((await session.call('listComputerConnections', { computer_id: computerId })).body, 'connections', 'connection');
  const single = connections.find((id) => connectionType(id) === 'VNC' || connectionType(id) === 'RDP');
  if (single === undefined || !Array.isArray(actions) || actions.includes(`${single}/observe`)) return;
  await rejects(session, {
    operationId: 'runComputerAction',
    params: { computer_id: computerId, connection: single, action: 'observe' },
    options: {},
    status: 409,
    what: 'an ACTION the computer does not offer is a 409',
  });
}
