import type { ComputerConnectionRecord } from './computer-connections.js';
import { parseConnectionId } from './computer-connections.js';
import { Membership } from './membership.js';
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

/** Every record of the store, with the membership index. */
export interface StoreData {
  groups: Map<string, Group>;
  connections: Map<string, ConnectionRecord>;
  computers: Map<string, ComputerRecord>;
  members: Membership;
  nearby: NearbyConnection[];
  /** Items deleted since the data was loaded (`group:<uid>`, …), when the store remembers deletes. */
  deleted: Set<string>;
}

export function newComputerConnection(id: string, defaults: SettingsDefaults): ComputerConnectionRecord {
  const { type, port } = parseConnectionId(id);
  return { id, type, port, settings: { ...defaults[type] }, credentials: {} };
}

/** Records built from a (checked) fixture: copies, so the fixture can be reused. */
export function loadStoreData(fixture: Fixture, defaults: SettingsDefaults): StoreData {
  const data: StoreData = {
    groups: new Map(),
    connections: new Map(),
    computers: new Map(),
    members: new Membership(),
    nearby: [],
    deleted: new Set(),
  };
  for (const { group_uid, name, extra } of fixture.groups) data.groups.set(group_uid, withExtra({ group_uid, name }, extra));
  for (const { uid, name, category_uid, protocol, credentials, extra } of fixture.connections) {
    data.connections.set(uid, withExtra({ uid, name, category_uid, protocol: protocol ?? null, credentials: { ...credentials } }, extra));
    data.members.add('connections', category_uid, uid);
  }
  for (const { computer_id, name, category_uid, connections = {}, extra } of fixture.computers) {
    const records = new Map<string, ComputerConnectionRecord>();
    for (const [id, { settings = {}, credentials = {} }] of Object.entries(connections)) {
      const record = newComputerConnection(id, defaults);
      records.set(id, { ...record, settings: { ...record.settings, ...settings }, credentials: { ...credentials } });
    }
    data.computers.set(computer_id, withExtra({ computer_id, name, category_uid, connections: records }, extra));
    data.members.add('computers', category_uid, computer_id);
  }
  data.nearby = fixture.nearby.map((item) => withExtra({ name: item.name, host: item.host, protocol: item.protocol }, item.extra));
  return data;
}

/** The item with a copy of `extra`, when there is one (only a dialect's fixtures carry extra fields). */
export function withExtra<T extends object>(item: T, extra: Extra | undefined): T & { extra?: Extra } {
  if (extra !== undefined) (item as { extra?: Extra }).extra = structuredClone(extra);
  return item;
}

/** The records as a fixture: every setting spelled out, credentials included. */
export function exportFixture(data: StoreData): Fixture {
  return {
    groups: [...data.groups.values()].map(({ group_uid, name, extra }) => withExtra({ group_uid, name }, extra)),
    connections: [...data.connections.values()].map(({ uid, name, category_uid, protocol, credentials, extra }) =>
      withExtra(
        Object.keys(credentials).length > 0
          ? { uid, name, category_uid, protocol, credentials: { ...credentials } }
          : { uid, name, category_uid, protocol },
        extra,
      ),
    ),
    computers: [...data.computers.values()].map(({ computer_id, name, category_uid, connections, extra }) =>
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
      ),
    ),
    nearby: data.nearby.map(({ name, host, protocol, extra }) => withExtra({ name, host, protocol }, extra)),
  };
}
