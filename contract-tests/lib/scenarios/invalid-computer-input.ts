import { computerOriginal } from '../computer-changes.js';
import type { ScenarioClient } from '../scenario-client.js';
import { sameState } from '../shapes/derived.js';
import { learnPolicy } from '../shapes/learned.js';
import { readActions } from '../shapes/read-actions.js';
import { connectionType, settingsIn } from '../shapes/read-computer-connections.js';
import { computerConnectionIds } from './computer-connections.js';
import { reader, rejects } from './rejects.js';
import type { ScratchItems } from './scratch-items.js';
import { chooseProbe } from './settings-probe.js';
import { updateBody } from './update-item.js';

/**
 * Invalid updates of the --computer. The client logs what puts it back before each is sent; a lenient
 * target that applies one gets it put back at once (and by cleanup, if the run dies first).
 */
export async function invalidComputerUpdates(client: ScenarioClient, computerId: string, items: ScratchItems): Promise<void> {
  const params = { computer_id: computerId };
  const state = reader(client, 'getComputer', params);
  const restore = () => putComputerBack(client, computerId);
  const original = computerOriginal(client.run, computerId, client.run.before?.computers[computerId]?.main);
  await rejects(client, {
    operationId: 'updateComputer',
    params,
    options: { body: updateBody(client, 'updateComputer', { name: '' }, original) },
    status: 400,
    what: 'an empty computer name is a 400',
    kind: 'empty-name',
    state,
    restore,
  });
  await rejects(client, {
    operationId: 'updateComputer',
    params,
    options: { body: updateBody(client, 'updateComputer', { category_uid: items.deletedGroup }, original) },
    status: 422,
    what: 'moving a computer to a group that does not exist is a 422',
    kind: 'unknown-reference',
    state,
    restore,
  });
  await unknownSettingKey(client, computerId);
}

/** A valid key (a value the target's own vocabulary has) beside an unknown one. */
async function unknownSettingKey(client: ScenarioClient, computerId: string): Promise<void> {
  for (const connection of await computerConnectionIds(client, computerId)) {
    const params = { computer_id: computerId, connection };
    const before = client.run.before?.computers[computerId]?.settings[connection];
    const probe = chooseProbe(before, connection, client.run.contract);
    if (!probe) continue;
    const state = reader(client, 'getComputerConnection', params);
    let outcome = 'ignored';
    const reply = await rejects(client, {
      operationId: 'updateComputerConnection',
      params,
      options: { body: { [probe.key]: probe.other, no_such_setting: true } },
      status: 400,
      what: 'an update with a key the connection does not have is a 400, and none of it is applied',
      kind: 'unknown-setting-key',
      state,
      restore: async () => {
        const applied = settingsIn((await client.call('getComputerConnection', params)).body)?.settings;
        outcome = applied && 'no_such_setting' in applied ? 'stored' : 'valid-key-applied';
        await client.call('updateComputerConnection', params, { body: { [probe.key]: probe.shown, no_such_setting: null } });
        const now = await client.call('getComputerConnection', params);
        if (sameState(now.body, before)) await client.markRestored(computerId, connection);
      },
    });
    if (reply.status >= 400) outcome = 'refused';
    const detail = `PUT /computer/{id}/${connection} with a valid key and an unknown one`;
    learnPolicy(client.learned, 'unknown-setting-key', { outcome, httpStatus: reply.status, detail });
    return;
  }
}

/** Puts the computer's name and group back as they read before the run, and says so in the log when they do. */
async function putComputerBack(client: ScenarioClient, computerId: string): Promise<void> {
  const before = client.run.before?.computers[computerId]?.main;
  const original = computerOriginal(client.run, computerId, before);
  if (Object.keys(original).length === 0) return;
  await client.call('updateComputer', { computer_id: computerId }, { body: original });
  const now = await client.call('getComputer', { computer_id: computerId });
  if (sameState(now.body, before)) await client.markRestored(computerId);
}

export async function invalidActions(client: ScenarioClient, items: ScratchItems): Promise<void> {
  await rejects(client, {
    operationId: 'connectConnection',
    params: { uid: items.connection },
    options: { body: { now: true } },
    status: 400,
    what: 'an ACTION with a body other than {} is a 400',
    kind: 'action-with-body',
  });
  if (!client.can('computer')) return;
  const computerId = client.run.computer!;
  const connections = await computerConnectionIds(client, computerId);
  const offered = readActions((await client.call('listComputerActions', { computer_id: computerId })).body, connections);
  const single = connections.find((id) => connectionType(id) === 'VNC' || connectionType(id) === 'RDP');
  // Only a list the kit could read says what is not offered.
  if (single === undefined || offered === undefined || offered.actions.includes(`${single}/observe`)) return;
  await rejects(client, {
    operationId: 'runComputerAction',
    params: { computer_id: computerId, connection: single, action: 'observe' },
    options: {},
    status: 409,
    what: 'an ACTION the computer does not offer is a 409',
    kind: 'action-not-offered',
  });
}
