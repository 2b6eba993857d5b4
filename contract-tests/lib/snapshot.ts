import { credentialsRead, learnCredentialsRead } from './credentials-read.js';
import type { Reply } from './exchange.js';
import { SECRET_KEY } from './redact.js';
import { withoutDerived } from './shapes/derived.js';
import { discoverComputerConnections, discoverComputers, discoverGroupIds, type Reader } from './shapes/discover.js';
import { asObject, isScalarId, sameId, unwrapped } from './shapes/json-walk.js';
import { learnKeys } from './shapes/learned.js';
import { connectionType, settingsIn } from './shapes/read-computer-connections.js';

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
  /** Computer id → the groups whose items list it. */
  computerGroups: Record<string, string[]>;
}

export type { Reader };

const bodyOf = (reply: Reply): unknown => (reply.status === 200 ? reply.body : { status: reply.status });

/**
 * Reads every group, its items, and every computer found there (plus `extraComputers`) with all its
 * connections. `before`, for the snapshot after a run: credentials it read with a 200 must read again.
 */
export async function takeSnapshot(reader: Reader, extraComputers: readonly string[] = [], before?: Snapshot): Promise<Snapshot> {
  const groups = bodyOf(await reader.read('listGroups', {}));
  const items: Record<string, unknown> = {};
  for (const groupUid of await discoverGroupIds(reader, groups))
    items[groupUid] = bodyOf(await reader.read('getGroup', { group_uid: groupUid }));
  const found = await discoverComputers(reader, items, extraComputers);
  const computers: Record<string, ComputerSnapshot> = {};
  for (const id of [...found.keys()].sort()) computers[id] = await readComputer(reader, id, before?.computers[id]);
  return { groups, items, computers, computerGroups: Object.fromEntries(found) };
}

async function readComputer(reader: Reader, computerId: string, before: ComputerSnapshot | undefined): Promise<ComputerSnapshot> {
  const params = { computer_id: computerId };
  const list = await reader.read('listComputerConnections', params);
  const snapshot: ComputerSnapshot = {
    main: bodyOf(await reader.read('getComputer', params)),
    actions: bodyOf(await reader.read('listComputerActions', params)),
    connections: bodyOf(list),
    settings: {},
    credentials: {},
  };
  const connections = list.status === 200 ? await discoverComputerConnections(reader, computerId, list.body) : [];
  for (const connection of connections) {
    snapshot.settings[connection] = bodyOf(await reader.read('getComputerConnection', { ...params, connection }));
    const credentials = await reader.read(
      'getComputerConnectionCredentials',
      { ...params, connection },
      credentialsRead(hadCredentials(before, connection), connection),
    );
    learnCredentialsRead(reader.learned, credentials);
    snapshot.credentials[connection] = bodyOf(credentials);
    const type = connectionType(connection) ?? connection;
    const settings = settingsIn(snapshot.settings[connection]);
    if (settings) reader.learned.settingsAt ??= settings.at;
    const answer = asObject(snapshot.settings[connection]);
    if (settings && /^\/[^/]+$/.test(settings.at) && answer && !reader.learned.settingsBeside)
      reader.learned.settingsBeside = {
        connection,
        fields: Object.fromEntries(Object.entries(answer).filter(([key]) => `/${key}` !== settings.at)),
      };
    learnKeys(reader.learned.settingsKeys, type, Object.keys(settings?.settings ?? {}));
    learnKeys(reader.learned.credentialKeys, type, Object.keys(asObject(unwrapped(snapshot.credentials[connection])) ?? {}));
  }
  return snapshot;
}

/** Whether the snapshot before the run read credentials of `connection` (a 200 that showed some). */
function hadCredentials(before: ComputerSnapshot | undefined, connection: string): boolean {
  const body = asObject(before?.credentials[connection]);
  return body !== undefined && Object.keys(body).length > 0 && !(Object.keys(body).length === 1 && typeof body.status === 'number');
}

/**
 * The paths where two snapshots differ, in stored state only: derived values (counts, times, online flags)
 * are left out, lists are compared as sets keyed by their items' ids (a move and a move back may reorder a
 * group), and computers the run deliberately deleted are left out everywhere they appeared. Credential
 * values are never shown.
 */
export function compareSnapshots(
  before: Snapshot,
  after: Snapshot,
  deletedComputers: ReadonlySet<string>,
  idKeys: readonly string[] = [],
): string[] {
  const differences: string[] = [];
  const prepare = (snapshot: Snapshot) => normalize(withoutDerived(without(snapshot, deletedComputers)), idKeys);
  diff(prepare(before), prepare(after), '', differences);
  return differences;
}

/** The snapshot without the deleted computers: their own reads, and every list element that holds their id. */
function without(snapshot: Snapshot, computers: ReadonlySet<string>): unknown {
  const holds = (element: unknown) =>
    [...computers].some((id) => sameId(element, id) || Object.values(asObject(element) ?? {}).some((value) => sameId(value, id)));
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((element) => !holds(element)).map(strip);
    const object = asObject(value);
    return object ? Object.fromEntries(Object.entries(object).map(([k, v]) => [k, strip(v)])) : value;
  };
  const kept = Object.fromEntries(Object.entries(snapshot.computers).filter(([id]) => !computers.has(id)));
  return { groups: strip(snapshot.groups), items: strip(snapshot.items), computers: kept };
}

const ID_KEY = /(^|[_.-])(u?id)$|[a-z]Id$|uid|^connection$/i;

/** Objects with sorted keys; a list of items with unique ids becomes an object keyed by id (order-free, and diffs name the item). */
function normalize(value: unknown, idKeys: readonly string[]): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item, idKeys));
    const idKey = items.length > 0 ? uniqueKey(items, idKeys) : undefined;
    if (idKey) return Object.fromEntries(items.map((item) => [`${idKey}=${String(asObject(item)![idKey])}`, item]));
    return [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  const object = asObject(value);
  if (!object) return value;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, normalize(object[key], idKeys)]),
  );
}

/** A key every item has, with a different scalar value in each: the learned id keys first, then keys named like ids. */
function uniqueKey(items: unknown[], idKeys: readonly string[]): string | undefined {
  const objects = items.map(asObject);
  if (objects.some((o) => o === undefined)) return undefined;
  const keys = Object.keys(objects[0]!).filter((key) => {
    const values = objects.map((o) => o![key]);
    return values.every(isScalarId) && new Set(values.map(String)).size === values.length;
  });
  return keys.find((k) => idKeys.includes(k)) ?? keys.find((k) => ID_KEY.test(k));
}

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const objectA = asObject(a);
  const objectB = asObject(b);
  if (objectA && objectB) {
    for (const key of new Set([...Object.keys(objectA), ...Object.keys(objectB)])) diff(objectA[key], objectB[key], `${path}/${key}`, out);
    return;
  }
  const secret = /\/credentials\//.test(path) || SECRET_KEY.test(path.split('/').at(-1) ?? '');
  out.push(secret ? `${path} changed (credential values not shown)` : `${path}: ${show(a)} → ${show(b)}`);
}

function show(value: unknown): string {
  const text = value === undefined ? '(absent)' : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
