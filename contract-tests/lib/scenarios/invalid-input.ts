import { attemptCreate } from '../own-resources.js';
import type { ScenarioClient } from '../scenario-client.js';
import { canonical } from '../shapes/derived.js';
import { asObject, json } from '../shapes/json-walk.js';
import { learnPolicy } from '../shapes/learned.js';
import { chooseArray, locate } from '../shapes/read-lists.js';
import { invalidActions, invalidComputerUpdates } from './invalid-computer-input.js';
import { nonEmptyGroupDelete } from './non-empty-group-delete.js';
import { reader, rejects } from './rejects.js';
import type { Scenario } from './scenario.js';
import { createScratchItems, removeScratchItems, type ScratchItems } from './scratch-items.js';

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

/** The list entries that carry the run id, in whatever shape the list of groups takes. */
async function runEntries(client: ScenarioClient): Promise<string[]> {
  const reply = await client.call('listGroups');
  const list = chooseArray(reply.body, client.learned.lists.groups, /group/i)?.list ?? [];
  return list.filter((entry) => json(entry).includes(client.runId)).map(canonical);
}

async function invalidCreates(client: ScenarioClient, items: ScratchItems): Promise<void> {
  const create = async (
    operationId: 'createGroup' | 'createConnection',
    name: string,
    options: Parameters<typeof attemptCreate>[3],
    status: number,
    what: string,
    kind: string,
  ) => {
    const before = await runEntries(client);
    const reply = await attemptCreate(client, operationId, name, {
      ...options,
      expect: { status, check: 'negative-data-rejection', what, errorKind: kind },
    });
    if (reply.status >= 400 && reply.status < 500) {
      const same = json(before) === json(await runEntries(client));
      client.verify('negative-data-rejection', operationId, 'documented', same, `${what}, and changes nothing`, reply.exchange);
    }
    return reply;
  };
  const name = client.name('invalid');
  await create(
    'createGroup',
    name,
    { raw: { text: JSON.stringify({ name }), contentType: 'text/plain' } },
    415,
    'a body not sent as JSON is a 415',
    'not-json-media-type',
  );
  await create(
    'createGroup',
    name,
    { raw: { text: `{"name": "${name}"`, contentType: 'application/json' } },
    400,
    'a body that is not JSON is a 400',
    'malformed-json',
  );
  const long = `${name} ${'x'.repeat(300)}`;
  await create('createGroup', long, { body: { name: long } }, 400, 'a name longer than 255 characters is a 400', 'name-too-long');
  const unknown = await create(
    'createGroup',
    name,
    { body: { name, colour: 'red' } },
    400,
    'a key the API does not take is a 400',
    'unknown-key',
  );
  await unknownKeyPolicy(client, unknown.status, unknown.body);
  await create(
    'createConnection',
    name,
    { body: { name, category_uid: items.deletedGroup } },
    422,
    'a connection in a group that does not exist is a 422',
    'unknown-reference',
  );
}

/** Refused, or accepted: then whether the target kept the unknown key (it shows in the list) or dropped it. */
async function unknownKeyPolicy(client: ScenarioClient, status: number, body: unknown): Promise<void> {
  if (status >= 400)
    return learnPolicy(client.learned, 'unknown-keys', {
      outcome: 'refused',
      httpStatus: status,
      detail: 'PUT /group/ with a key the reference does not name',
    });
  const id = Object.values(asObject(body) ?? {}).find((v) => typeof v === 'string' || typeof v === 'number');
  const list = await client.call('listGroups');
  const item = id === undefined ? undefined : locate(list.body, String(id), client.learned.lists.groups?.idKey)?.item;
  const outcome = item === undefined ? 'accepted' : 'colour' in item ? 'stored' : 'ignored';
  learnPolicy(client.learned, 'unknown-keys', {
    outcome,
    httpStatus: status,
    detail: 'PUT /group/ with a key the reference does not name was accepted',
  });
}

async function invalidUpdates(client: ScenarioClient, items: ScratchItems): Promise<void> {
  const state = reader(client, 'getGroup', { group_uid: items.group });
  const params = { group_uid: items.group };
  const uid = { uid: items.connection };
  await rejects(client, {
    operationId: 'renameGroup',
    params,
    options: { body: { name: '' } },
    status: 400,
    what: 'an empty group name is a 400',
    kind: 'empty-name',
    state,
  });
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
    options: { body: { category_uid: items.deletedGroup } },
    status: 422,
    what: 'moving a connection to a group that does not exist is a 422',
    kind: 'unknown-reference',
    state,
    restore: async () => void (await client.call('updateConnection', uid, { body: { category_uid: items.group } })),
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
