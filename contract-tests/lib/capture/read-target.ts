import { arraysIn, asObject, type Json, sameId, unwrapped } from '../shapes/json-walk.js';
import { learnFromSnapshot } from '../shapes/learn-from-snapshot.js';
import { readActions } from '../shapes/read-actions.js';
import { chooseArray, idKeyCandidates } from '../shapes/read-lists.js';
import { type Snapshot, takeSnapshot } from '../snapshot.js';
import type { CaptureReader } from './capture-reader.js';

/** A connection as its group lists it, and its credentials where the target lets a client read them. */
export interface ReadConnection {
  /** The id as text (how paths name it); `raw` holds it as the target gave it. */
  id: string;
  raw: unknown;
  idKey: string;
  group: string;
  item: Json;
  credentials?: Json;
}

/** Everything a client can read of a target, as it answered. */
export interface ReadTarget {
  snapshot: Snapshot;
  connections: ReadConnection[];
  nearby: Json[];
  /** Actions listed, over all computers (the fixture holds none: the dialect derives them from connections). */
  actions: number;
  /** Whether `GET /connection/{uid}/credentials` (not in the reference) answered for any connection. */
  connectionCredentialsReadable: boolean;
}

/**
 * Reads what a client can read, GET by GET: the groups and their items (the kit's snapshot, with every
 * computer a group lists), the connections in those items and their credentials where an extension read
 * answers, and the Nearby list.
 */
export async function readTarget(reader: CaptureReader): Promise<ReadTarget> {
  let snapshot = await takeSnapshot(reader);
  const listed = listedItems(reader, snapshot);
  const missed: string[] = [];
  for (const entry of listed) {
    if (snapshot.computers[entry.id] !== undefined) continue;
    // A listed item the kit's discovery did not take for a computer: the target says which it is.
    if ((await reader.peek('getComputer', { computer_id: entry.id })).status === 200) missed.push(entry.id);
  }
  if (missed.length > 0) snapshot = await takeSnapshot(reader, missed);
  learnFromSnapshot(reader.learned, snapshot);
  const connections: ReadConnection[] = [];
  let readable = false;
  for (const entry of listed) {
    if (snapshot.computers[entry.id] !== undefined || connections.some((c) => c.id === entry.id)) continue;
    const reply = await reader.get(`/connection/${encodeURIComponent(entry.id)}/credentials`);
    const credentials = reply.status === 200 ? asObject(unwrapped(reply.body)) : undefined;
    if (credentials) readable = true;
    const held = credentials && Object.keys(credentials).length > 0;
    connections.push({ ...entry, ...(held ? { credentials } : {}) });
  }
  const nearbyReply = await reader.read('listNearby', {});
  const nearbyList = nearbyReply.status === 200 ? chooseArray(nearbyReply.body, undefined, /connection|nearby/i) : undefined;
  const nearby = (nearbyList?.list ?? []).map(asObject).filter((o): o is Json => o !== undefined);
  const actions = Object.values(snapshot.computers).reduce(
    (sum, computer) => sum + (readActions(computer.actions, Object.keys(computer.settings))?.actions.length ?? 0),
    0,
  );
  return { snapshot, connections, nearby, actions, connectionCredentialsReadable: readable };
}

/** Every object a group's answer lists (its own record aside), with the id it is known by. */
function listedItems(reader: CaptureReader, snapshot: Snapshot): Omit<ReadConnection, 'credentials'>[] {
  const preferred = reader.learned.lists.groups?.idKey ?? reader.learned.items.group.idKey;
  const found: Omit<ReadConnection, 'credentials'>[] = [];
  for (const [group, body] of Object.entries(snapshot.items)) {
    for (const { list } of arraysIn(body)) {
      for (const element of list) {
        const item = asObject(element);
        if (!item) continue;
        const idKey = idKeyCandidates(item, preferred).find((key) => !sameId(item[key], group));
        if (idKey === undefined) continue;
        found.push({ id: String(item[idKey]), raw: item[idKey], idKey, group, item });
      }
    }
  }
  return found;
}
