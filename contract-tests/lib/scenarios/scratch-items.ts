import { createOwnConnection, createOwnGroup, deleteOwn } from '../own-resources.js';
import type { Session } from '../session.js';

export interface ScratchItems {
  group: string;
  /** A connection in `group`. */
  connection: string;
  /** A group the run created and deleted: an id that surely names nothing. */
  deletedGroup: string;
}

/** A group with a connection, and a deleted group, for tests that need ids of the run's own. */
export async function createScratchItems(session: Session, label: string): Promise<ScratchItems> {
  const group = await createOwnGroup(session, `${label} group`);
  const connection = await createOwnConnection(session, `${label} connection`, group);
  const deletedGroup = await createOwnGroup(session, `${label} deleted group`);
  await deleteOwn(session, 'group', deletedGroup);
  return { group, connection, deletedGroup };
}

/** Removes them; a target that deleted the group with its items already (where 409 is assumed) needs nothing more. */
export async function removeScratchItems(session: Session, items: ScratchItems): Promise<void> {
  if ((await session.call('getGroup', { group_uid: items.group })).status !== 200) return;
  await deleteOwn(session, 'connection', items.connection);
  await deleteOwn(session, 'group', items.group);
}
