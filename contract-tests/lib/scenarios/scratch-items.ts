import { createOwnConnection, createOwnGroup, deleteOwn } from '../own-resources.js';
import type { ScenarioClient } from '../scenario-client.js';

export interface ScratchItems {
  /** A group, and its name. */
  group: string;
  groupName: string;
  /** A connection in `group`, and its name. */
  connection: string;
  connectionName: string;
  /** A group the run created and deleted: an id that surely names nothing. */
  deletedGroup: string;
}

/** What became of the connection in the group: still there (refused), moved to another group, or deleted with it. */
export type GroupFate = { group: 'kept' | 'deleted'; connection: 'kept' | 'deleted' | { movedTo: string } | 'unknown' };

/** A group with a connection, and a deleted group, for tests that need ids of the run's own. */
export async function createScratchItems(client: ScenarioClient, label: string): Promise<ScratchItems> {
  const group = await createOwnGroup(client, `${label} group`);
  const connection = await createOwnConnection(client, `${label} connection`, group);
  const deletedGroup = await createOwnGroup(client, `${label} deleted group`);
  await deleteOwn(client, 'group', deletedGroup);
  return { group, groupName: client.name(`${label} group`), connection, connectionName: client.name(`${label} connection`), deletedGroup };
}

/** Removes them, after what a non-empty group delete did to them (a target may have deleted or moved them). */
export async function removeScratchItems(
  client: ScenarioClient,
  items: ScratchItems,
  fate: GroupFate = { group: 'kept', connection: 'kept' },
): Promise<void> {
  if (fate.connection !== 'deleted' && fate.connection !== 'unknown') await deleteOwn(client, 'connection', items.connection);
  if (fate.group === 'kept') await deleteOwn(client, 'group', items.group);
}
