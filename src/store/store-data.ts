import type { ComputerConnectionRecord } from './computer-connections.js';
import { parseConnectionId } from './computer-connections.js';
import { LayeredMap } from './layered-map.js';
import { type MemberKind, Membership } from './membership.js';
import type { Computer, Credentials, Extra, Fixture, Group, NearbyConnection, Protocol, Settings, SettingsDefaults } from './types.js';

export interface ConnectionRecord {
  uid: string;
  name: string;
  category_uid: string;
  protocol: Protocol | null;
  credentials: Credentials;
  extra?: Extra;
}

export interface ComputerRecord extends Computer {
  connections: Map<string, ComputerConnectionRecord>;
}

/**
 * Every record of the store, with the membership index. The maps are layers (copy on write): a store's
 * data is a layer over data loaded once, which many stores may share and none changes.
 */
export interface StoreData {
  groups: LayeredMap<string, Group>;
  connections: LayeredMap<string, ConnectionRecord>;
  computers: LayeredMap<string, ComputerRecord>;
  members: Membership;
  readonly nearby: readonly NearbyConnection[];
  /** Items deleted since the data was loaded (`group:<uid>`, …), when the store remembers deletes. */
  deleted: Set<string>;
}

/** Data loaded from a fixture once, that stores read and never change: each writes to a layer of its own. */
export class SharedData {
  constructor(readonly data: StoreData) {}
}

export function newComputerConnection(id: string, defaults: SettingsDefaults): ComputerConnectionRecord {
  const { type, port } = parseConnectionId(id);
  const settings: Settings = {};
  for (const [key, value] of Object.entries(defaults[type])) if (value !== undefined) settings[key] = value;
  return { id, type, port, settings, credentials: {} };
}

/** Records built from a (checked) fixture: copies, so the fixture can be reused. */
export function loadStoreData(fixture: Fixture, defaults: SettingsDefaults): StoreData {
  const groups = new Map<string, Group>();
  const connections = new Map<string, ConnectionRecord>();
  const computers = new Map<string, ComputerRecord>();
  const index = new Map<string, Record<MemberKind, Map<string, true>>>();
  const join = (kind: MemberKind, groupUid: string, id: string) => {
    let members = index.get(groupUid);
    if (!members) index.set(groupUid, (members = { connections: new Map(), computers: new Map() }));
    members[kind].set(id, true);
  };
  for (const { group_uid, name, extra } of fixture.groups) groups.set(group_uid, withExtra({ group_uid, name }, extra));
  for (const { uid, name, category_uid, protocol, credentials, extra } of fixture.connections) {
    connections.set(uid, withExtra({ uid, name, category_uid, protocol: protocol ?? null, credentials: { ...credentials } }, extra));
    join('connections', category_uid, uid);
  }
  for (const { computer_id, name, category_uid, connections: configured = {}, extra } of fixture.computers) {
    const records = new Map<string, ComputerConnectionRecord>();
    for (const [id, { settings = {}, credentials = {} }] of Object.entries(configured)) {
      const record = newComputerConnection(id, defaults);
      records.set(id, { ...record, settings: { ...record.settings, ...settings }, credentials: { ...credentials } });
    }
    computers.set(computer_id, withExtra({ computer_id, name, category_uid, connections: records }, extra));
    join('computers', category_uid, computer_id);
  }
  return {
    groups: new LayeredMap(undefined, groups),
    connections: new LayeredMap(undefined, connections),
    computers: new LayeredMap(undefined, computers),
    members: Membership.of(index),
    nearby: fixture.nearby.map((item) => withExtra({ name: item.name, host: item.host, protocol: item.protocol }, item.extra)),
    deleted: new Set(),
  };
}

/** A layer over `data` that reads it all and copies only what it changes: constant time, whatever its size. */
export function layerOver(data: StoreData): StoreData {
  return {
    groups: new LayeredMap(data.groups.flat()),
    connections: new LayeredMap(data.connections.flat()),
    computers: new LayeredMap(data.computers.flat()),
    members: new Membership(data.members),
    nearby: data.nearby,
    deleted: new Set(),
  };
}

/** The item with a copy of `extra`, when there is one (only a dialect's fixtures carry extra fields). */
export function withExtra<T extends object>(item: T, extra: Extra | undefined): T & { extra?: Extra } {
  if (extra !== undefined) (item as { extra?: Extra }).extra = structuredClone(extra);
  return item;
}

const exportGroup = ({ group_uid, name, extra }: Group): Group => withExtra({ group_uid, name }, extra);

const exportConnection = ({ uid, name, category_uid, protocol, credentials, extra }: ConnectionRecord): Fixture['connections'][number] =>
  withExtra(
    Object.keys(credentials).length > 0
      ? { uid, name, category_uid, protocol, credentials: { ...credentials } }
      : { uid, name, category_uid, protocol },
    extra,
  );

const exportComputer = ({ computer_id, name, category_uid, connections, extra }: ComputerRecord): Fixture['computers'][number] =>
  withExtra(
    {
      computer_id,
      name,
      category_uid,
      connections: Object.fromEntries(
        [...connections.values()].map(({ id, settings, credentials }) => [
          id,
          { settings: { ...settings } as Settings, credentials: { ...credentials } },
        ]),
      ),
    },
    extra,
  );

/** The records as a fixture: every setting spelled out, credentials included. */
export function exportFixture(data: StoreData): Fixture {
  return {
    groups: [...data.groups.values()].map(exportGroup),
    connections: [...data.connections.values()].map(exportConnection),
    computers: [...data.computers.values()].map(exportComputer),
    nearby: data.nearby.map(({ name, host, protocol, extra }) => withExtra({ name, host, protocol }, extra)),
  };
}

/**
 * `JSON.stringify(exportFixture(data)).length` for data just loaded, without building the export: a group,
 * connection or nearby record is written as its export (the same fields, a copy of the same values) but for
 * a connection's empty credentials, which the export leaves out (`,"credentials":{}`). Start-up measures the
 * fixtures once with it; 100,000 connections' export copies cost more than the writing.
 */
export function loadedJsonLength(data: StoreData): number {
  const connections = [...data.connections.values()];
  let emptyCredentials = 0;
  for (const { credentials } of connections) if (isEmpty(credentials)) emptyCredentials++;
  const json = JSON.stringify({
    groups: [...data.groups.values()],
    connections,
    computers: [...data.computers.values()].map(exportComputer),
    nearby: data.nearby,
  });
  return json.length - emptyCredentials * ',"credentials":{}'.length;
}

function isEmpty(record: object): boolean {
  for (const _ in record) return false;
  return true;
}

/**
 * The JSON length of what the layer holds itself: each record it changed or added as it would be exported
 * (and a comma), and each id it deleted. Nothing for what it shares.
 */
export function layerJsonLength(data: StoreData): number {
  let length = 0;
  const count = <V>(map: LayeredMap<string, V>, write: (value: V) => unknown) => {
    const { values, deleted } = map.owned();
    for (const value of values) length += JSON.stringify(write(value)).length + 1;
    for (const key of deleted) length += key.length + 3;
  };
  count(data.groups, exportGroup);
  count(data.connections, exportConnection);
  count(data.computers, exportComputer);
  for (const key of data.deleted) length += key.length + 3;
  return length;
}
