import type { ComputerConnectionRecord } from './computer-connections.js';
import { parseConnectionId } from './computer-connections.js';
import { Membership } from './membership.js';
import type { Computer, Credentials, Fixture, Group, NearbyConnection, Protocol, Settings, SettingsDefaults } from './types.js';

export interface ConnectionRecord {
  uid: string;
  name: string;
  category_uid: string;
  protocol: Protocol | null;
  credentials: Credentials;
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
}

export function newComputerConnection(id: string, defaults: SettingsDefaults): ComputerConnectionRecord {
  const { type, port } = parseConnectionId(id);
  return { id, type, port, settings: { ...defaults[type] }, credentials: {} };
}

/** Records built from a (checked) fixture: copies, so the fixture can be reused. */
export function loadStoreData(fixture: Fixture, defaults: SettingsDefaults): StoreData {
  const data: StoreData = { groups: new Map(), connections: new Map(), computers: new Map(), members: new Membership(), nearby: [] };
  for (const { group_uid, name } of fixture.groups) data.groups.set(group_uid, { group_uid, name });
  for (const { uid, name, category_uid, protocol, credentials } of fixture.connections) {
    data.connections.set(uid, { uid, name, category_uid, protocol: protocol ?? null, credentials: { ...credentials } });
    data.members.add('connections', category_uid, uid);
  }
  for (const { computer_id, name, category_uid, connections = {} } of fixture.computers) {
    const records = new Map<string, ComputerConnectionRecord>();
    for (const [id, { settings = {}, credentials = {} }] of Object.entries(connections)) {
      const record = newComputerConnection(id, defaults);
      records.set(id, { ...record, settings: { ...record.settings, ...settings }, credentials: { ...credentials } });
    }
    data.computers.set(computer_id, { computer_id, name, category_uid, connections: records });
    data.members.add('computers', category_uid, computer_id);
  }
  data.nearby = fixture.nearby.map((item) => ({ ...item }));
  return data;
}

/** The records as a fixture: every setting spelled out, credentials included. */
export function exportFixture(data: StoreData): Fixture {
  return {
    groups: [...data.groups.values()].map(({ group_uid, name }) => ({ group_uid, name })),
    connections: [...data.connections.values()].map(({ uid, name, category_uid, protocol, credentials }) =>
      Object.keys(credentials).length > 0
        ? { uid, name, category_uid, protocol, credentials: { ...credentials } }
        : { uid, name, category_uid, protocol },
    ),
    computers: [...data.computers.values()].map(({ computer_id, name, category_uid, connections }) => ({
      computer_id,
      name,
      category_uid,
      connections: Object.fromEntries(
        [...connections.values()].map(({ id, settings, credentials }) => [
          id,
          { settings: { ...settings } as Settings, credentials: { ...credentials } },
        ]),
      ),
    })),
    nearby: data.nearby.map((item) => ({ ...item })),
  };
}
