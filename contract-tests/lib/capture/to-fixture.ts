import { asObject, type Json, sameId, unwrapped, valueAt } from '../shapes/json-walk.js';
import type { Learned } from '../shapes/learned.js';
import { settingsIn } from '../shapes/read-computer-connections.js';
import { chooseArray, nameLikeKey } from '../shapes/read-lists.js';
import { placeholder } from './placeholder.js';
import type { ReadConnection, ReadTarget } from './read-target.js';

/** A fixture as `remotix-mock --fixtures` reads it (the admin document's `Fixture`), ids as the target gave them. */
export interface CapturedFixture {
  groups: Json[];
  connections: Json[];
  computers: Json[];
  nearby: Json[];
}

const PROTOCOLS = new Set(['NEAR', 'RDP', 'VNC', 'APPLE']);
/** The credential key prefix of each protocol (the reference's `rxp.`, `rdp.`, `apple.`). */
const PREFIX: Record<string, string> = { NEAR: 'rxp', RDP: 'rdp', APPLE: 'apple' };
const HAS_CREDENTIALS = /^(has|with)[_-]?credentials$/i;
const HOST_KEY = /host|address|addr|^ip$/i;
/** A value that only says what kind of item this is, in a list that mixes kinds: the dialect writes it. */
const KIND = /^(connection|computer)s?$/i;

/** What does not become a field of the fixture item goes to its `extra`, as the target wrote it. */
function extraOf(item: Json, used: ReadonlyArray<string | null | undefined>): Json | undefined {
  const extra = Object.fromEntries(
    Object.entries(item).filter(([key, value]) => !used.includes(key) && !(typeof value === 'string' && KIND.test(value))),
  );
  return Object.keys(extra).length > 0 ? extra : undefined;
}

const withExtra = (item: Json, extra: Json | undefined): Json => (extra ? { ...item, extra } : item);

/** The key of an item holding its protocol: one named so, else one whose value is a protocol. */
function protocolKey(item: Json): string | undefined {
  const keys = Object.keys(item).filter((key) => typeof item[key] === 'string' && PROTOCOLS.has(item[key] as string));
  return keys.find((key) => /protocol/i.test(key)) ?? keys[0];
}

/** A name for an item: under the learned key, else a key that looks like a name, else its id. */
function nameOf(item: Json, learnedKey: string | null | undefined, except: readonly string[]): { key: string | null; name: string } {
  const key = learnedKey && typeof item[learnedKey] === 'string' ? learnedKey : nameLikeKey(item, except);
  return key === null ? { key: null, name: String(item[except[0] ?? ''] ?? '') } : { key, name: item[key] as string };
}

/**
 * The fixture of what was read: each item under the fixture's own field names (`group_uid`, `name`,
 * `category_uid`, …), the ids as the target gave them (a number stays a number), and every other field the
 * target showed under `extra`, for a dialect to serve.
 */
export function toFixture(read: ReadTarget, learned: Learned): CapturedFixture {
  const rawGroup = new Map<string, unknown>();
  const groups = readGroups(read, learned, rawGroup);
  const groupOf = (id: string) => (rawGroup.has(id) ? rawGroup.get(id) : id);
  const connections = read.connections.map((c) => {
    const groupKey = Object.keys(c.item).find((key) => key !== c.idKey && sameId(c.item[key], c.group));
    const { key: nameKey, name } = nameOf(c.item, learned.items.group.nameKey, [c.idKey, groupKey ?? '']);
    const protocol = protocolKey(c.item);
    const fixture: Json = { uid: c.raw, name, category_uid: groupKey ? c.item[groupKey] : groupOf(c.group) };
    if (protocol) fixture.protocol = c.item[protocol];
    const credentials = c.credentials ?? standIns(c, protocol ? c.item[protocol] : undefined);
    if (credentials) fixture.credentials = credentials;
    const flag = Object.keys(c.item).find((key) => HAS_CREDENTIALS.test(key));
    return withExtra(fixture, extraOf(c.item, [c.idKey, nameKey, groupKey, protocol, flag]));
  });
  const computers = Object.entries(read.snapshot.computers).map(([id, computer]) => {
    const groups = read.snapshot.computerGroups[id] ?? [];
    const main = asObject(unwrapped(computer.main)) ?? {};
    const idKey = Object.keys(main).find((key) => sameId(main[key], id));
    const groupKey = Object.keys(main).find((key) => key !== idKey && groups.some((g) => sameId(main[key], g)));
    const nameKey = learned.lists['computer-record']?.nameKey ?? learned.items.computer.nameKey;
    const { key, name } = nameOf(main, nameKey, [idKey ?? '', groupKey ?? '']);
    const fixture: Json = {
      computer_id: idKey ? main[idKey] : id,
      name: name === '' ? id : name,
      category_uid: groupKey ? main[groupKey] : groupOf(groups[0] ?? ''),
    };
    const extra = extraOf(main, [idKey, key, groupKey]);
    const connections: Json = {};
    for (const [connection, body] of Object.entries(computer.settings)) {
      const entry: Json = {};
      const settings = answered(body) ? settingsIn(body)?.settings : undefined;
      if (settings) entry.settings = settings;
      const credentials = unwrapped(computer.credentials[connection]);
      if (answered(credentials) && asObject(credentials)) entry.credentials = credentials;
      connections[connection] = entry;
    }
    return { ...withExtra(fixture, extra), connections };
  });
  return { groups, connections, computers, nearby: read.nearby.flatMap((entry) => nearbyEntry(entry)) };
}

/**
 * Credentials that could not be read (the reference has no read for them) but that the item shows are
 * stored: the keys it lists (`credential_keys`), or its protocol's password, each with a placeholder, so
 * the mock says as the target does that the connection has credentials. No username is made up.
 */
function standIns(connection: ReadConnection, protocol: unknown): Json | undefined {
  const listed = Object.entries(connection.item).find(
    ([key, value]) => /credential/i.test(key) && Array.isArray(value) && value.every((v) => typeof v === 'string'),
  )?.[1] as string[] | undefined;
  const flagged = Object.entries(connection.item).some(([key, value]) => HAS_CREDENTIALS.test(key) && value === true);
  const prefix = typeof protocol === 'string' ? PREFIX[protocol] : undefined;
  const keys = listed ?? (flagged && prefix ? [`${prefix}.password`] : []);
  return keys.length > 0 ? Object.fromEntries(keys.map((key) => [key, placeholder()])) : undefined;
}

/** The snapshot writes a failed read as `{status: 404}`. */
function answered(body: unknown): boolean {
  const object = asObject(body);
  return !(object && Object.keys(object).length === 1 && typeof object.status === 'number');
}

function readGroups(read: ReadTarget, learned: Learned, rawGroup: Map<string, unknown>): Json[] {
  const shape = learned.lists.groups;
  const body = read.snapshot.groups;
  const ids = Object.keys(read.snapshot.items);
  if (shape?.items === 'map-keys') {
    const map = asObject(valueAt(body, shape.at ?? '')) ?? {};
    return ids.map((id) => groupEntry(id, id, asObject(map[id]) ?? {}, null, learned));
  }
  const list = chooseArray(body, shape, /group/i)?.list ?? [];
  return ids.map((id) => {
    const item = list.map(asObject).find((o) => o && shape?.idKey && sameId(o[shape.idKey], id));
    const raw = item && shape?.idKey ? item[shape.idKey] : (list.find((e) => sameId(e, id)) ?? id);
    rawGroup.set(id, raw);
    return groupEntry(id, raw, item ?? {}, shape?.idKey ?? null, learned);
  });
}

function groupEntry(id: string, raw: unknown, item: Json, idKey: string | null, learned: Learned): Json {
  const { key, name } = nameOf(item, learned.lists.groups?.nameKey ?? learned.items.group.nameKey, [idKey ?? '']);
  return withExtra({ group_uid: raw, name: name === '' ? id : name }, extraOf(item, [idKey, key]));
}

/** A Nearby entry: its name, host and protocol; an entry without a protocol cannot be a fixture's. */
function nearbyEntry(entry: Json): Json[] {
  const protocol = protocolKey(entry);
  if (!protocol) return [];
  const hostKey = Object.keys(entry).find((key) => HOST_KEY.test(key) && typeof entry[key] === 'string');
  const { key: nameKey, name } = nameOf(entry, undefined, [hostKey ?? '', protocol]);
  const fixture: Json = { name, host: hostKey ? entry[hostKey] : '', protocol: entry[protocol] };
  return [withExtra(fixture, extraOf(entry, [nameKey, hostKey, protocol]))];
}
