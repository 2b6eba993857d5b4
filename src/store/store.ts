import { ActionJournal } from './action-journal.js';
import {
  type ComputerConnectionRecord,
  offeredActions,
  parseConnectionId,
  patchedConnection,
} from './computer-connections.js';
import { DomainError } from './domain-error.js';
import { Membership } from './membership.js';
import type {
  ActionOrigin,
  ActionRecord,
  Computer,
  ComputerConnectionSummary,
  Connection,
  Credentials,
  Fixture,
  Group,
  GroupItems,
  ItemUpdate,
  NearbyConnection,
  Protocol,
  Settings,
  SettingsDefaults,
  SettingsPatch,
} from './types.js';

interface ConnectionRecord {
  uid: string;
  name: string;
  category_uid: string;
  protocol: Protocol | null;
  credentials: Credentials;
}

interface ComputerRecord extends Computer {
  connections: Map<string, ComputerConnectionRecord>;
}

export interface StoreOptions {
  settingsDefaults: SettingsDefaults;
  newId: () => string;
  now: () => Date;
}

/**
 * The whole Remotix state in memory: groups, connections, cloud computers, the Nearby list and the action
 * journal. Every method checks everything before it changes anything, so a failed call changes nothing.
 * Results are copies: callers can never reach the records.
 */
export class Store {
  #groups = new Map<string, Group>();
  #connections = new Map<string, ConnectionRecord>();
  #computers = new Map<string, ComputerRecord>();
  #members = new Membership();
  #nearby: NearbyConnection[] = [];
  readonly #journal: ActionJournal;

  constructor(
    fixture: Fixture,
    private readonly options: StoreOptions,
  ) {
    this.#journal = new ActionJournal(options.now);
    this.#load(fixture);
  }

  /** Back to `fixture`, with an empty journal. */
  reset(fixture: Fixture): void {
    this.#groups = new Map();
    this.#connections = new Map();
    this.#computers = new Map();
    this.#members = new Membership();
    this.#journal.reset();
    this.#load(fixture);
  }

  // Groups

  listGroups(): Group[] {
    return [...this.#groups.values()].map((group) => ({ ...group }));
  }

  getGroupItems(groupUid: string): GroupItems {
    const group = this.#group(groupUid);
    const members = this.#members.of(groupUid);
    return {
      ...group,
      connections: [...members.connections].map((uid) => toConnection(this.#connections.get(uid)!)),
      computers: [...members.computers].map((id) => toComputer(this.#computers.get(id)!)),
    };
  }

  createGroup(name: string): string {
    const groupUid = this.#newId();
    this.#groups.set(groupUid, { group_uid: groupUid, name });
    return groupUid;
  }

  renameGroup(groupUid: string, name: string): void {
    this.#group(groupUid).name = name;
  }

  deleteGroup(groupUid: string): void {
    this.#group(groupUid);
    const { connections, computers } = this.#members.of(groupUid);
    if (connections.size > 0 || computers.size > 0) {
      throw new DomainError(
        'conflict',
        `group ${groupUid} still holds ${connections.size} connection(s) and ${computers.size} computer(s); move or delete them first`,
      );
    }
    this.#groups.delete(groupUid);
    this.#members.forget(groupUid);
  }

  listNearby(): NearbyConnection[] {
    return this.#nearby.map((item) => ({ ...item }));
  }

  // Connections

  createConnection(input: { name: string; category_uid: string }): string {
    this.#reference(input.category_uid);
    const uid = this.#newId();
    this.#connections.set(uid, { uid, name: input.name, category_uid: input.category_uid, protocol: null, credentials: {} });
    this.#members.add('connections', input.category_uid, uid);
    return uid;
  }

  updateConnection(uid: string, update: ItemUpdate): void {
    const connection = this.#connection(uid);
    if (update.category_uid !== undefined) this.#reference(update.category_uid);
    this.#moveAndRename('connections', connection, uid, update);
  }

  setConnectionCredentials(uid: string, credentials: Credentials): void {
    const connection = this.#connection(uid);
    connection.credentials = { ...connection.credentials, ...credentials };
  }

  deleteConnectionCredentials(uid: string): void {
    this.#connection(uid).credentials = {};
  }

  deleteConnection(uid: string): void {
    const connection = this.#connection(uid);
    this.#connections.delete(uid);
    this.#members.remove('connections', connection.category_uid, uid);
  }

  // Cloud computers

  getComputer(computerId: string): Computer {
    return toComputer(this.#computer(computerId));
  }

  updateComputer(computerId: string, update: ItemUpdate): void {
    const computer = this.#computer(computerId);
    if (update.category_uid !== undefined) this.#reference(update.category_uid);
    this.#moveAndRename('computers', computer, computerId, update);
  }

  deleteComputer(computerId: string): void {
    const computer = this.#computer(computerId);
    this.#computers.delete(computerId);
    this.#members.remove('computers', computer.category_uid, computerId);
  }

  listComputerActions(computerId: string): string[] {
    return offeredActions(this.#computer(computerId).connections.values());
  }

  listComputerConnections(computerId: string): ComputerConnectionSummary[] {
    return [...this.#computer(computerId).connections.values()].map(({ id, type, port }) => ({ connection: id, type, port }));
  }

  getComputerConnection(computerId: string, connectionId: string): Settings {
    return { ...this.#computerConnection(computerId, connectionId).settings };
  }

  /** Changes only the keys given (`null` resets one); adds the connection if the computer lacks it. */
  updateComputerConnection(computerId: string, connectionId: string, patch: SettingsPatch): void {
    const computer = this.#computer(computerId);
    const existing = computer.connections.get(connectionId) ?? this.#newComputerConnection(connectionId);
    const defaults = this.options.settingsDefaults[existing.type];
    computer.connections.set(connectionId, { ...existing, ...patchedConnection(existing, patch, defaults) });
  }

  deleteComputerConnection(computerId: string, connectionId: string): void {
    this.#computerConnection(computerId, connectionId);
    this.#computer(computerId).connections.delete(connectionId);
  }

  getComputerConnectionCredentials(computerId: string, connectionId: string): Credentials {
    return { ...this.#computerConnection(computerId, connectionId).credentials };
  }

  deleteComputerConnectionCredentials(computerId: string, connectionId: string): void {
    this.#computerConnection(computerId, connectionId).credentials = {};
  }

  // Actions

  connect(uid: string, origin: ActionOrigin): ActionRecord {
    this.#connection(uid);
    return this.#journal.append(origin, { kind: 'connection', uid }, 'connect');
  }

  /** `connectionId` is null for actions of the computer itself (chat). */
  runComputerAction(computerId: string, connectionId: string | null, action: string, origin: ActionOrigin): ActionRecord {
    const computer = this.#computer(computerId);
    if (connectionId !== null) this.#computerConnection(computerId, connectionId);
    const name = connectionId === null ? action : `${connectionId}/${action}`;
    if (!offeredActions(computer.connections.values()).includes(name)) {
      throw new DomainError('action-not-offered', `computer ${computerId} does not offer ${name}`);
    }
    const { type, port } = connectionId === null ? { type: null, port: null } : parseConnectionId(connectionId);
    return this.#journal.append(origin, { kind: 'computer', computer_id: computerId, connection: connectionId, type, port }, action);
  }

  listActions(): ActionRecord[] {
    return this.#journal.list();
  }

  clearActions(): void {
    this.#journal.clear();
  }

  // Lookups that throw the domain's own errors

  #group(groupUid: string): Group {
    const group = this.#groups.get(groupUid);
    if (!group) throw new DomainError('not-found', `no group has the uid ${groupUid}`);
    return group;
  }

  #reference(groupUid: string): void {
    if (!this.#groups.has(groupUid)) {
      throw new DomainError('unknown-reference', `no group has the uid ${groupUid}`, 'category_uid');
    }
  }

  #connection(uid: string): ConnectionRecord {
    const connection = this.#connections.get(uid);
    if (!connection) throw new DomainError('not-found', `no connection has the uid ${uid}`);
    return connection;
  }

  #computer(computerId: string): ComputerRecord {
    const computer = this.#computers.get(computerId);
    if (!computer) throw new DomainError('not-found', `no cloud computer has the id ${computerId}`);
    return computer;
  }

  #computerConnection(computerId: string, connectionId: string): ComputerConnectionRecord {
    const connection = this.#computer(computerId).connections.get(connectionId);
    if (!connection) throw new DomainError('not-found', `computer ${computerId} has no ${connectionId} connection`);
    return connection;
  }

  #moveAndRename(kind: 'connections' | 'computers', item: { name: string; category_uid: string }, id: string, update: ItemUpdate): void {
    if (update.category_uid !== undefined && update.category_uid !== item.category_uid) {
      this.#members.remove(kind, item.category_uid, id);
      this.#members.add(kind, update.category_uid, id);
      item.category_uid = update.category_uid;
    }
    if (update.name !== undefined) item.name = update.name;
  }

  #newComputerConnection(connectionId: string): ComputerConnectionRecord {
    const { type, port } = parseConnectionId(connectionId);
    return { id: connectionId, type, port, settings: { ...this.options.settingsDefaults[type] }, credentials: {} };
  }

  #newId(): string {
    for (;;) {
      const id = this.options.newId();
      if (!this.#groups.has(id) && !this.#connections.has(id)) return id;
    }
  }

  #load(fixture: Fixture): void {
    for (const group of fixture.groups) this.#groups.set(group.group_uid, { group_uid: group.group_uid, name: group.name });
    for (const { uid, name, category_uid, protocol, credentials } of fixture.connections) {
      this.#connections.set(uid, { uid, name, category_uid, protocol: protocol ?? null, credentials: { ...credentials } });
      this.#members.add('connections', category_uid, uid);
    }
    for (const { computer_id, name, category_uid, connections = {} } of fixture.computers) {
      const records = new Map<string, ComputerConnectionRecord>();
      for (const [id, { settings = {}, credentials = {} }] of Object.entries(connections)) {
        const record = this.#newComputerConnection(id);
        records.set(id, { ...record, settings: { ...record.settings, ...settings }, credentials: { ...credentials } });
      }
      this.#computers.set(computer_id, { computer_id, name, category_uid, connections: records });
      this.#members.add('computers', category_uid, computer_id);
    }
    this.#nearby = fixture.nearby.map((item) => ({ ...item }));
  }
}

function toConnection({ uid, name, category_uid, protocol, credentials }: ConnectionRecord): Connection {
  return { uid, name, category_uid, protocol, has_credentials: Object.keys(credentials).length > 0 };
}

function toComputer({ computer_id, name, category_uid }: Computer): Computer {
  return { computer_id, name, category_uid };
}
