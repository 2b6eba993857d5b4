import { asObject, idsIn } from './read-helpers.js';
import type { Reply } from './session.js';

export interface ComputerSnapshot {
  main: unknown;
  actions: unknown;
  connections: unknown;
  settings: Record<string, unknown>;
  credentials: Record<string, unknown>;
}

/** Everything a client can read that a run could change. The Nearby list is left out: it is discovered, not stored. */
export interface Snapshot {
  groups: unknown;
  items: Record<string, unknown>;
  computers: Record<string, ComputerSnapshot>;
}

export type Read = (operationId: string, params: Record<string, string>) => Promise<Reply>;

const bodyOf = (reply: Reply): unknown => (reply.status === 200 ? reply.body : { status: reply.status });

/** Reads every group, its items, and every computer found there (plus `extraComputers`) with all its connections. */
export async function takeSnapshot(read: Read, extraComputers: readonly string[] = []): Promise<Snapshot> {
  const groups = bodyOf(await read('listGroups', {}));
  const items: Record<string, unknown> = {};
  const computerIds = new Set<string>();
  for (const groupUid of idsIn(groups, 'groups', 'group_uid')) {
    items[groupUid] = bodyOf(await read('getGroup', { group_uid: groupUid }));
    for (const id of idsIn(items[groupUid], 'computers', 'computer_id')) computerIds.add(id);
  }
  for (const id of extraComputers) computerIds.add(id);
  const computers: Record<string, ComputerSnapshot> = {};
  for (const id of [...computerIds].sort()) computers[id] = await readComputer(read, id);
  return { groups, items, computers };
}

async function readComputer(read: Read, computerId: string): Promise<ComputerSnapshot> {
  const params = { computer_id: computerId };
  const snapshot: ComputerSnapshot = {
    main: bodyOf(await read('getComputer', params)),
    actions: bodyOf(await read('listComputerActions', params)),
    connections: bodyOf(await read('listComputerConnections', params)),
    settings: {},
    credentials: {},
  };
  for (const connection of idsIn(snapshot.connections, 'connections', 'connection')) {
    snapshot.settings[connection] = bodyOf(await read('getComputerConnection', { ...params, connection }));
    snapshot.credentials[connection] = bodyOf(await read('getComputerConnectionCredentials', { ...params, connection }));
  }
  return snapshot;
}

/**
 * The paths where two snapshots differ, lists compared as sets (a move and a move back may reorder a group).
 * Computers the run deliberately deleted are left out of both. Credential values are never shown.
 */
export function compareSnapshots(before: Snapshot, after: Snapshot, deletedComputers: ReadonlySet<string>): string[] {
  const differences: string[] = [];
  diff(normalize(without(before, deletedComputers)), normalize(without(after, deletedComputers)), '', differences);
  return differences;
}

function without(snapshot: Snapshot, computers: ReadonlySet<string>): Snapshot {
  const items = Object.fromEntries(
    Object.entries(snapshot.items).map(([uid, body]) => {
      const object = asObject(body);
      if (!object || !Array.isArray(object.computers)) return [uid, body];
      return [uid, { ...object, computers: object.computers.filter((c) => !computers.has(String(asObject(c)?.computer_id))) }];
    }),
  );
  const kept = Object.fromEntries(Object.entries(snapshot.computers).filter(([id]) => !computers.has(id)));
  return { groups: snapshot.groups, items, computers: kept };
}

const ID_KEYS = ['group_uid', 'uid', 'computer_id', 'connection'];

/** Objects with sorted keys; a list of items with ids becomes an object keyed by id (order-free, and diffs name the item). */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    const idKey = ID_KEYS.find((key) => items.length > 0 && items.every((item) => typeof asObject(item)?.[key] === 'string'));
    if (idKey) return Object.fromEntries(items.map((item) => [`${idKey}=${String(asObject(item)![idKey])}`, item]));
    return items.every((item) => asObject(item)) ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) : items;
  }
  const object = asObject(value);
  if (!object) return value;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, normalize(object[key])]),
  );
}

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const objectA = asObject(a);
  const objectB = asObject(b);
  if (objectA && objectB) {
    for (const key of new Set([...Object.keys(objectA), ...Object.keys(objectB)])) diff(objectA[key], objectB[key], `${path}/${key}`, out);
    return;
  }
  const secret = /\/credentials\//.test(path);
  out.push(secret ? `${path} changed (credential values not shown)` : `${path}: ${show(a)} → ${show(b)}`);
}

function show(value: unknown): string {
  const text = value === undefined ? '(absent)' : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
