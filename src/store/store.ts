import { ActionLog, type ActionLogState } from './action-log.js';
import { offeredActions, parseConnectionId, patchedConnection } from './computer-connections.js';
import { DomainError } from './domain-error.js';
import {
  requireComputer,
  requireComputerConnection,
  requireConnection,
  requireGroup,
  requireReferencedGroup,
  toComputer,
  toConnection,
} from './lookups.js';
import { exportFixture, loadStoreData, newComputerConnection, type StoreData } from './store-data.js';
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
  newId: () => string;
  /** Milliseconds since the Unix epoch. */
  clock: () => number;
  /** How many journal entries and open remote sessions are kept. */
  journalLimit: number;
}

/** Everything `restore` needs to put a store back exactly: its data, journal and open sessions. */
export interface StoreSnapshot {
  fixture: Fixture;
  actions: ActionLogState;
}

/**
 * The whole Remotix state in memory: groups, connections, cloud computers, the Nearby list and the action
 * journal. Every method checks everything before it changes anything, so a failed call changes nothing.
 * Results are copies: callers can never reach the records.
 */
export class Store {
  #data: StoreData;
  /** The journal of accepted ACTIONs and the remote sessions they opened. */
  readonly actions: ActionLog;

  constructor(
    fixture: Fixture,
    private readonly options: StoreOptions,
  ) {
    this.actions = new ActionLog(options.clock, options.journalLimit);
    this.#data = loadStoreData(fixture, options.settingsDefaults);
  }

  /** Back to `fixture`, with an empty journal and no open remote session. */
  reset(fixture: Fixture): void {
    this.#data = loadStoreData(fixture, this.options.settingsDefaults);
    this.actions.reset();
  }

  /** Replaces the data, keeping the journal and the open remote sessions. */
  importFixture(fixture: Fixture): void {
    this.#data = loadStoreData(fixture, this.options.settingsDefaults);
  }

  /** The data as a fixture file would hold it, credentials included: mask them before showing them. */
  exportFixture(): Fixture {
    return exportFixture(this.#data);
  }

  snapshot(): StoreSnapshot {
    return { fixture: this.exportFixture(), actions: this.actions.save() };
  }

  restore(snapshot: StoreSnapshot): void {
    this.#data = loadStoreData(snapshot.fixture, this.options.settingsDefaults);
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
    for (const uid of members.connections) connections.push(toConnection(this.#data.connections.get(uid)!));
    const computers: Computer[] = [];
    for (const id of members.computers) computers.push(toComputer(this.#data.computers.get(id)!));
    return { group_uid: group.group_uid, name: group.name, connections, computers };
  }

  createGroup(name: string): string {
    const groupUid = this.#newId();
    this.#data.groups.set(groupUid, { group_uid: groupUid, name });
    return groupUid;
  }

  renameGroup(groupUid: string, name: string): void {
    requireGroup(this.#data, groupUid).name = name;
  }

  deleteGroup(groupUid: string): void {
    requireGroup(this.#data, groupUid);
    const { connections, computers } = this.#data.members.of(groupUid);
    if (connections.size > 0 || computers.size > 0) {
      throw new DomainError(
        'conflict',
        `group ${groupUid} still holds ${connections.size} connection(s) and ${computers.size} computer(s); move or delete them first`,
      );
    }
    this.#data.groups.delete(groupUid);
    this.#data.members.forget(groupUid);
  }

  listNearby(): NearbyConnection[] {
    return this.#data.nearby.map((item) => ({ ...item }));
  }

  // Connections

  createConnection(input: { name: string; category_uid: string }): string {
    requireReferencedGroup(this.#data, input.category_uid);
    const uid = this.#newId();
    this.#data.connections.set(uid, { uid, name: input.name, category_uid: input.category_uid, protocol: null, credentials: {} });
    this.#data.members.add('connections', input.category_uid, uid);
    return uid;
  }

  updateConnection(uid: string, update: ItemUpdate): void {
    const connection = requireConnection(this.#data, uid);
    if (update.category_uid !== undefined) requireReferencedGroup(this.#data, update.category_uid);
    this.#moveAndRename('connections', connection, uid, update);
  }

  setConnectionCredentials(uid: string, credentials: Credentials): void {
    const connection = requireConnection(this.#data, uid);
    connection.credentials = { ...connection.credentials, ...credentials };
  }

  deleteConnectionCredentials(uid: string): void {
    requireConnection(this.#data, uid).credentials = {};
  }

  deleteConnection(uid: string): void {
    const connection = requireConnection(this.#data, uid);
    this.#data.connections.delete(uid);
    this.#data.members.remove('connections', connection.category_uid, uid);
  }

  // Cloud computers

  getComputer(computerId: string): Computer {
    return toComputer(requireComputer(this.#data, computerId));
  }

  updateComputer(computerId: string, update: ItemUpdate): void {
    const computer = requireComputer(this.#data, computerId);
    if (update.category_uid !== undefined) requireReferencedGroup(this.#data, update.category_uid);
    this.#moveAndRename('computers', computer, computerId, update);
  }

  deleteComputer(computerId: string): void {
    const computer = requireComputer(this.#data, computerId);
    this.#data.computers.delete(computerId);
    this.#data.members.remove('computers', computer.category_uid, computerId);
  }

  listComputerActions(computerId: string): string[] {
    return offeredActions(requireComputer(this.#data, computerId).connections.values());
  }

  listComputerConnections(computerId: string): ComputerConnectionSummary[] {
    return [...requireComputer(this.#data, computerId).connections.values()].map(({ id, type, port }) => ({ connection: id, type, port }));
  }

  getComputerConnection(computerId: string, connectionId: string): Settings {
    return { ...requireComputerConnection(this.#data, computerId, connectionId).settings };
  }

  /** Changes only the keys given (`null` resets one); adds the connection if the computer lacks it. */
  updateComputerConnection(computerId: string, connectionId: string, patch: SettingsPatch): void {
    const computer = requireComputer(this.#data, computerId);
    const existing = computer.connections.get(connectionId) ?? newComputerConnection(connectionId, this.options.settingsDefaults);
    const defaults = this.options.settingsDefaults[existing.type];
    computer.connections.set(connectionId, { ...existing, ...patchedConnection(existing, patch, defaults) });
  }

  deleteComputerConnection(computerId: string, connectionId: string): void {
    requireComputerConnection(this.#data, computerId, connectionId);
    requireComputer(this.#data, computerId).connections.delete(connectionId);
  }

  getComputerConnectionCredentials(computerId: string, connectionId: string): Credentials {
    return { ...requireComputerConnection(this.#data, computerId, connectionId).credentials };
  }

  deleteComputerConnectionCredentials(computerId: string, connectionId: string): void {
    requireComputerConnection(this.#data, computerId, connectionId).credentials = {};
  }

  // Actions

  connect(uid: string, origin: ActionOrigin): ActionRecord {
    requireConnection(this.#data, uid);
    return this.actions.record(origin, { kind: 'connection', uid }, 'connect');
  }

  /** `connectionId` is null for actions of the computer itself (chat). */
  runComputerAction(computerId: string, connectionId: string | null, action: string, origin: ActionOrigin): ActionRecord {
    const computer = requireComputer(this.#data, computerId);
    if (connectionId !== null) requireComputerConnection(this.#data, computerId, connectionId);
    const name = connectionId === null ? action : `${connectionId}/${action}`;
    if (!offeredActions(computer.connections.values()).includes(name)) {
      throw new DomainError('action-not-offered', `computer ${computerId} does not offer ${name}`);
    }
    const { type, port } = connectionId === null ? { type: null, port: null } : parseConnectionId(connectionId);
    const target = { kind: 'computer' as const, computer_id: computerId, connection: connectionId, type, port };
    return this.actions.record(origin, target, action);
  }

  #moveAndRename(kind: 'connections' | 'computers', item: { name: string; category_uid: string }, id: string, update: ItemUpdate): void {
    if (update.category_uid !== undefined && update.category_uid !== item.category_uid) {
      this.#data.members.remove(kind, item.category_uid, id);
      this.#data.members.add(kind, update.category_uid, id);
      item.category_uid = update.category_uid;
    }
    if (update.name !== undefined) item.name = update.name;
  }

  #newId(): string {
    for (;;) {
      const id = this.options.newId();
      if (!this.#data.groups.has(id) && !this.#data.connections.has(id)) return id;
    }
  }
}
