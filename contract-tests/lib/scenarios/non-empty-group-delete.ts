import type { ScenarioClient } from '../scenario-client.js';
import { discoverGroupIds } from '../shapes/discover.js';
import { learnPolicy } from '../shapes/learned.js';
import { locate } from '../shapes/read-lists.js';
import { reader, rejects } from './rejects.js';
import type { GroupFate, ScratchItems } from './scratch-items.js';

/**
 * Deleting a group that still holds a connection. The reference is silent: the mock refuses (409), a target
 * may allow it. Either way the kit says what it saw, and cleanup finds the connection wherever it went.
 */
export async function nonEmptyGroupDelete(client: ScenarioClient, items: ScratchItems): Promise<GroupFate> {
  const reply = await rejects(client, {
    operationId: 'deleteGroup',
    params: { group_uid: items.group },
    options: {},
    status: 409,
    what: 'deleting a group that still holds a connection is a 409',
    kind: 'non-empty-group-delete',
    state: reader(client, 'getGroup', { group_uid: items.group }),
  });
  if (reply.status !== 200) {
    learnPolicy(client.learned, 'non-empty-group-delete', {
      outcome: 'refused',
      httpStatus: reply.status,
      detail: 'the group and its connection stayed',
    });
    return { group: 'kept', connection: 'kept' };
  }
  await client.run.log.append({ type: 'deleted', kind: 'group', id: items.group });
  const connection = await whereIs(client, items.connection);
  if (connection === 'deleted') await client.run.log.append({ type: 'deleted', kind: 'connection', id: items.connection });
  const detail =
    connection === 'deleted'
      ? 'its connection was deleted with it'
      : connection === 'unknown' || connection === 'kept'
        ? 'what became of its connection could not be read'
        : `its connection was moved to group ${connection.movedTo}`;
  learnPolicy(client.learned, 'non-empty-group-delete', { outcome: 'allowed', httpStatus: 200, detail });
  return { group: 'deleted', connection };
}

/** Looks for a connection in every group's items (quiet reads: this is bookkeeping, not a check). */
async function whereIs(client: ScenarioClient, uid: string): Promise<GroupFate['connection']> {
  const list = await client.call('listGroups', {}, { quiet: true });
  if (list.status !== 200) return 'unknown';
  const reader = { ...client.reader(), read: (op: string, params: Record<string, string>) => client.call(op, params, { quiet: true }) };
  for (const group of await discoverGroupIds(reader, list.body)) {
    const items = await client.call('getGroup', { group_uid: group }, { quiet: true });
    if (items.status !== 200) return 'unknown';
    if (locate(items.body, uid, client.learned.lists['group-connections']?.idKey)) return { movedTo: group };
  }
  return 'deleted';
}
