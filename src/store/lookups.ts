import type { ComputerConnectionRecord } from './computer-connections.js';
import { DomainError } from './domain-error.js';
import type { ComputerRecord, ConnectionRecord, StoreData } from './store-data.js';
import type { Computer, Connection, Group } from './types.js';

/** Finders that throw the domain's own errors, so store methods read as their rule and nothing else. */

/** Not found, or `gone` for an item the store remembers deleting. */
function missing(data: StoreData, key: string, message: string): DomainError {
  return data.deleted.has(key) ? new DomainError('gone', `${message} any more: it was deleted`) : new DomainError('not-found', message);
}

export function requireGroup(data: StoreData, groupUid: string): Group {
  const group = data.groups.get(groupUid);
  if (!group) throw missing(data, `group:${groupUid}`, `no group has the uid ${groupUid}`);
  return group;
}

/** For a group named in a request body: a missing one is the body's fault, not the path's. */
export function requireReferencedGroup(data: StoreData, groupUid: string): void {
  if (!data.groups.has(groupUid)) throw new DomainError('unknown-reference', `no group has the uid ${groupUid}`, 'category_uid');
}

export function requireConnection(data: StoreData, uid: string): ConnectionRecord {
  const connection = data.connections.get(uid);
  if (!connection) throw missing(data, `connection:${uid}`, `no connection has the uid ${uid}`);
  return connection;
}

export function requireComputer(data: StoreData, computerId: string): ComputerRecord {
  const computer = data.computers.get(computerId);
  if (!computer) throw missing(data, `computer:${computerId}`, `no cloud computer has the id ${computerId}`);
  return computer;
}

export function requireComputerConnection(data: StoreData, computerId: string, connectionId: string): ComputerConnectionRecord {
  const connection = requireComputer(data, computerId).connections.get(connectionId);
  if (!connection) {
    throw missing(data, `computer-connection:${computerId}/${connectionId}`, `computer ${computerId} has no ${connectionId} connection`);
  }
  return connection;
}

/**
 * The record as the store's own, to change: a record shared with other stores is copied first (with its
 * extra fields, and a computer with its connections), so none of them sees the change.
 */
export function ownGroup(data: StoreData, groupUid: string): Group {
  requireGroup(data, groupUid);
  return data.groups.own(groupUid, copyItem)!;
}

export function ownConnection(data: StoreData, uid: string): ConnectionRecord {
  requireConnection(data, uid);
  return data.connections.own(uid, copyItem)!;
}

export function ownComputer(data: StoreData, computerId: string): ComputerRecord {
  requireComputer(data, computerId);
  return data.computers.own(computerId, (shared) => ({ ...copyItem(shared), connections: new Map(shared.connections) }))!;
}

/** Records are flat but for `extra`, whose keys the store writes (stamps). */
function copyItem<T extends { extra?: Record<string, unknown> }>(item: T): T {
  return item.extra === undefined ? { ...item } : { ...item, extra: { ...item.extra } };
}

/** The view of a connection that clients may see: credentials only as a flag. */
export function toConnection({ uid, name, category_uid, protocol, credentials, extra }: ConnectionRecord): Connection {
  const connection: Connection = { uid, name, category_uid, protocol, has_credentials: Object.keys(credentials).length > 0 };
  if (extra !== undefined) connection.extra = extra;
  return connection;
}

export function toComputer({ computer_id, name, category_uid, extra }: Computer): Computer {
  const computer: Computer = { computer_id, name, category_uid };
  if (extra !== undefined) computer.extra = extra;
  return computer;
}
