import { ActionLog, type ActionLogState } from './action-log.js';
import { offeredActions, parseConnectionId, patchedConnection } from './computer-connections.js';
import { acceptedCredentials, requireSomeCredentials } from './connection-credentials.js';
import { DomainError } from './domain-error.js';
import { createItemFacts, type ItemFacts } from './item-facts.js';
import {
  ownComputer,
  ownConnection,
  ownGroup,
  requireComputer,
  requireComputerConnection,
  requireConnection,
  requireGroup,
  requireReferencedGroup,
  toComputer,
  toConnection,
} from './lookups.js';
import { RecordChanges } from './record-changes.js';
import {
  type ConnectionRecord,
  exportFixture,
  layerJsonLength,
  layerOver,
  loadStoreData,
  newComputerConnection,
  SharedData,
  type StoreData,
} from './store-data.js';
import { DEFAULT_POLICIES, type StorePolicies } from './store-policies.js';
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
  Settings,
  SettingsDefaults,
  SettingsPatch,
} from './types.js';

export interface StoreOptions {
  settingsDefaults: SettingsDefaults;
  /** A new uid for a group or a connection. */
  newId: (kind: 'group' | 'connection') => string;
  /** Milliseconds since the Unix epoch. */
  clock: () => number;
  /** How many journal entries and open remote sessions are kept. */
  journalLimit: number;
  /** The rules where the reference is silent; today's unless given. */
  policies?: StorePolicies;
}

/** Everything `restore` needs to put a store back exactly: its data, journal and open remote sessions. */
export interface StoreSnapshot {
  fixture: Fixture;
  actions: ActionLogState;
  /** The deletes the store remembers (a dialect's `gone`). */
  deleted?: string[];
}

/**
 * The whole Remotix state in memory: groups, connections, cloud computers, the Nearby list and the action
 * journal. Every method checks everything before it changes anything, so a failed call changes nothing.
 * Results are copies: callers can never reach the records. The data is a layer over a base (`SharedData`
 * many stores read, or a fixture this store loaded): a write copies the one record it changes.
 */
export class Store {
  #data!: StoreData;
  #base!: StoreData;
  /** The JSON length of the base when this store loaded it itself (null: shared, or not yet measured). */
  #ownBase: { length: number | null } | null = null;
  /** The journal of accepted ACTIONs and the remote sessions they opened. */
  readonly actions: ActionLog;
  readonly #policies: StorePolicies;
  readonly #changes: RecordChanges;
  /** Moves on at every call that may change the data (even one that is refused): what was read before may be stale. */
  #version = 0;
  /** Counts and keys a dialect's derived fields show, read from the current data. */
  readonly facts: ItemFacts = createItemFacts(() => this.#data);

  constructor(
    fixture: Fixture | SharedData,
    private readonly options: StoreOptions,
  ) {
    this.actions = new ActionLog(options.clock, options.journalLimit);
    this.#policies = options.policies ?? DEFAULT_POLICIES;
    this.#changes = new RecordChanges(() => this.#data, this.#policies, options.clock, options.newId);
    this.#load(fixture);
  }

  /** Changes whenever the data may have changed: an answer read at one version holds as long as it stays. */
  get version(): number {
    return this.#version;
  }

  /** Back to `fixture`, with an empty journal and no open remote session. Constant time for shared data. */
  reset(fixture: Fixture | SharedData): void {
    this.#version++;
    this.#load(fixture);
    this.actions.reset();
  }

  /** Replaces the data, keeping the journal and the open remote sessions. */
  importFixture(fixture: Fixture): void {
    this.#version++;
    this.#load(fixture);
  }

  /**
   * The JSON length of the data this store holds itself: the records it changed or added (and the ids it
   * deleted), and the whole base when it loaded that itself. Data it shares counts nothing.
   */
  ownedJsonLength(): number {
    if (this.#ownBase) this.#ownBase.length ??= JSON.stringify(exportFixture(this.#base)).length;
    return (this.#ownBase?.length ?? 0) + layerJsonLength(this.#data);
  }

  #load(fixture: Fixture | SharedData): void {
    const shared = fixture instanceof SharedData;
    this.#base = shared ? fixture.data : loadStoreData(fixture, this.options.settingsDefaults);
    this.#ownBase = shared ? null : { length: null };
    this.#data = layerOver(this.#base);
  }

  /** The data as a fixture file would hold it, credentials included: mask them before showing them. */
  exportFixture(): Fixture {
    return exportFixture(this.#data);
  }

  snapshot(): StoreSnapshot {
    const snapshot: StoreSnapshot = { fixture: this.exportFixture(), actions: this.actions.save() };
    if (this.#data.deleted.size > 0) snapshot.deleted = [...this.#data.deleted];
    return snapshot;
  }

  restore(snapshot: StoreSnapshot): void {
    this.#version++;
    this.#load(snapshot.fixture);
    this.#data.deleted = new Set(snapshot.deleted);
    this.actions.load(snapshot.actions);
  }

  // Groups

  listGroups(): Group[] {
    return [...this.#data.groups.values()].map((group) => ({ ...group }));
  }

  getGroupItems(groupUid: string): GroupItems {
    const group = requireGroup(this.#data, groupUid);
    const members = this.#data.members.of(groupUid);
    const connections: Connection[] = [];
    for (const uid of members.connections.keys()) connections.push(toConnection(this.#data.connections.get(uid)!));
    const computers: Computer[] = [];
    for (const id of members.computers.keys()) computers.push(toComputer(this.#data.computers.get(id)!));
    return { ...group, connections, computers };
  }

  getGroup(groupUid: string): Group {
    return { ...requireGroup(this.#data, groupUid) };
  }

  createGroup(name: string): string {
    this.#version++;
    const groupUid = this.#changes.newId('group');
    const group: Group = { group_uid: groupUid, name };
    this.#changes.stamp('group', group, 'created', 'updated');
    this.#data.groups.set(groupUid, group);
    return groupUid;
  }

  renameGroup(groupUid: string, name: string): Group {
    this.#version++;
    const group = ownGroup(this.#data, groupUid);
    group.name = name;
    this.#changes.stamp('group', group, 'updated');
    return { ...group };
  }

  /** A group that holds items is refused, or deleted with them, or emptied into another, by policy. */
  deleteGroup(groupUid: string): Group {
    this.#version++;
    const group = requireGroup(this.#data, groupUid);
    const { cascade, heir } = this.#changes.groupDeletion(groupUid);
    const { connections, computers } = this.#data.members.of(groupUid);
    for (const uid of [...connections.keys()]) {
      if (cascade) this.deleteConnection(uid);
      else if (heir) this.#changes.moveAndRename('connections', ownConnection(this.#data, uid), uid, { category_uid: heir });
    }
    for (const id of [...computers.keys()]) {
      if (cascade) this.deleteComputer(id);
      else if (heir) this.#changes.moveAndRename('computers', ownComputer(this.#data, id), id, { category_uid: heir });
    }
    this.#data.groups.delete(groupUid);
    this.#data.members.forget(groupUid);
    this.#changes.forget(`group:${groupUid}`);
    return { ...group };
  }

  listNearby(): NearbyConnection[] {
    return this.#data.nearby.map((item) => ({ ...item }));
  }

  // Connections

  getConnection(uid: string): Connection {
    return toConnection(requireConnection(this.#data, uid));
  }

  createConnection(input: { name: string; category_uid: string }): string {
    this.#version++;
    requireReferencedGroup(this.#data, input.category_uid);
    const uid = this.#changes.newId('connection');
    const protocol = this.#policies.newConnectionProtocol;
    const connection: ConnectionRecord = { uid, name: input.name, category_uid: input.category_uid, protocol, credentials: {} };
    this.#changes.stamp('connection', connection, 'created', 'updated');
    this.#data.connections.set(uid, connection);
    this.#data.members.add('connections', input.category_uid, uid);
    return uid;
  }

  updateConnection(uid: string, update: ItemUpdate): Connection {
    this.#version++;
    requireConnection(this.#data, uid);
    if (update.category_uid !== undefined) requireReferencedGroup(this.#data, update.category_uid);
    const connection = ownConnection(this.#data, uid);
    this.#changes.moveAndRename('connections', connection, uid, update);
    this.#changes.stamp('connection', connection, 'updated');
    return toConnection(connection);
  }

  /** The keys given are set; the others are kept (merge) or dropped (replace), by policy. */
  setConnectionCredentials(uid: string, credentials: Credentials): Connection {
    this.#version++;
    const connection = requireConnection(this.#data, uid);
    const policy = this.#policies.credentials;
    const given = acceptedCredentials(connection.protocol, credentials, policy);
    const own = ownConnection(this.#data, uid);
    own.credentials = policy.put === 'merge' ? { ...connection.credentials, ...given } : { ...given };
    this.#changes.stamp('connection', own, 'updated');
    return toConnection(own);
  }

  /** Empties the connection's credentials; returns the connection as it now is. */
  deleteConnectionCredentials(uid: string): Connection {
    this.#version++;
    requireSomeCredentials(requireConnection(this.#data, uid).credentials, this.#policies.credentials, `connection ${uid}`);
    const connection = ownConnection(this.#data, uid);
    connection.credentials = {};
    this.#changes.stamp('connection', connection, 'updated');
    return toConnection(connection);
  }

  deleteConnection(uid: string): Connection {
    this.#version++;
    const connection = requireConnection(this.#data, uid);
    this.#data.connections.delete(uid);
    this.#data.members.remove('connections', connection.category_uid, uid);
    this.#changes.forget(`connection:${uid}`);
    return toConnection(connection);
  }

  // Cloud computers

  getComputer(computerId: string): Computer {
    return toComputer(requireComputer(this.#data, computerId));
  }

  updateComputer(computerId: string, update: ItemUpdate): Computer {
    this.#version++;
    requireComputer(this.#data, computerId);
    if (update.category_uid !== undefined) requireReferencedGroup(this.#data, update.category_uid);
    const computer = ownComputer(this.#data, computerId);
    this.#changes.moveAndRename('computers', computer, computerId, update);
    this.#changes.stamp('computer', computer, 'updated');
    return toComputer(computer);
  }

  deleteComputer(computerId: string): Computer {
    this.#version++;
    const computer = requireComputer(this.#data, computerId);
    this.#data.computers.delete(computerId);
    this.#data.members.remove('computers', computer.category_uid, computerId);
    this.#changes.forget(`computer:${computerId}`);
    for (const connectionId of computer.connections.keys()) this.#changes.forget(`computer-connection:${computerId}/${connectionId}`);
    return toComputer(computer);
  }

  listComputerActions(computerId: string): string[] {
    return offeredActions(requireComputer(this.#data, computerId).connections.values(), this.#policies.actions);
  }

  listComputerConnections(computerId: string): ComputerConnectionSummary[] {
    return [...requireComputer(this.#data, computerId).connections.values()].map(({ id, type, port }) => ({ connection: id, type, port }));
  }

  getComputerConnection(computerId: string, connectionId: string): Settings {
    return { ...requireComputerConnection(this.#data, computerId, connectionId).settings };
  }

  /** Changes only the keys given (`null` resets one); adds the connection if the computer lacks it (by policy). */
  updateComputerConnection(computerId: string, connectionId: string, patch: SettingsPatch): Settings {
    this.#version++;
    const computer = requireComputer(this.#data, computerId);
    const { settings: policy } = this.#policies;
    const existing =
      policy.missingConnection === 'create'
        ? (computer.connections.get(connectionId) ?? newComputerConnection(connectionId, this.options.settingsDefaults))
        : requireComputerConnection(this.#data, computerId, connectionId);
    const defaults = this.options.settingsDefaults[existing.type];
    const patched = patchedConnection(existing, patch, defaults, policy);
    ownComputer(this.#data, computerId).connections.set(connectionId, { ...existing, ...patched });
    return { ...patched.settings };
  }

  deleteComputerConnection(computerId: string, connectionId: string): Settings {
    this.#version++;
    const connection = requireComputerConnection(this.#data, computerId, connectionId);
    ownComputer(this.#data, computerId).connections.delete(connectionId);
    this.#changes.forget(`computer-connection:${computerId}/${connectionId}`);
    return { ...connection.settings };
  }

  getComputerConnectionCredentials(computerId: string, connectionId: string): Credentials {
    return { ...requireComputerConnection(this.#data, computerId, connectionId).credentials };
  }

  deleteComputerConnectionCredentials(computerId: string, connectionId: string): Credentials {
    this.#version++;
    const connection = requireComputerConnection(this.#data, computerId, connectionId);
    requireSomeCredentials(connection.credentials, this.#policies.credentials, `the ${connectionId} connection of computer ${computerId}`);
    ownComputer(this.#data, computerId).connections.set(connectionId, { ...connection, credentials: {} });
    return { ...connection.credentials };
  }

  // Actions

  connect(uid: string, origin: ActionOrigin): ActionRecord {
    this.#version++;
    requireConnection(this.#data, uid);
    const record = this.actions.record(origin, { kind: 'connection', uid }, 'connect');
    if (this.#changes.stamps('connection', 'action')) this.#changes.stamp('connection', ownConnection(this.#data, uid), 'action');
    return record;
  }

  /** `connectionId` is null for actions of the computer itself (chat). */
  runComputerAction(computerId: string, connectionId: string | null, action: string, origin: ActionOrigin): ActionRecord {
    this.#version++;
    const computer = requireComputer(this.#data, computerId);
    if (connectionId !== null) requireComputerConnection(this.#data, computerId, connectionId);
    const name = connectionId === null ? action : `${connectionId}/${action}`;
    const { actions: policy } = this.#policies;
    if (policy.notOffered === 'refuse' && !offeredActions(computer.connections.values(), policy).includes(name)) {
      throw new DomainError('action-not-offered', `computer ${computerId} does not offer ${name}`);
    }
    const { type, port } = connectionId === null ? { type: null, port: null } : parseConnectionId(connectionId);
    const target = { kind: 'computer' as const, computer_id: computerId, connection: connectionId, type, port };
    const record = this.actions.record(origin, target, action);
    if (this.#changes.stamps('computer', 'action')) this.#changes.stamp('computer', ownComputer(this.#data, computerId), 'action');
    return record;
  }
}
