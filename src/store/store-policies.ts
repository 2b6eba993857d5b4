import type { ConnectionType, Protocol } from './types.js';

/** Item kinds that carry extra fields, and the events the store stamps a time for. */
export type StampedKind = 'group' | 'connection' | 'computer';
export type StampEvent = 'created' | 'updated' | 'action';

/**
 * The rules of the store where the Remotix reference is silent, as plain options (the HTTP layer reads them
 * from the dialect). The defaults are today's choices, the same as `dialect/default.json`.
 */
export interface StorePolicies {
  /** shared: a group and a connection never get the same uid. */
  uidSpace: 'shared' | 'separate';
  /** What deleting a group that still holds items does; `moveTo` null: the first group left. */
  groupDelete: { nonEmpty: 'refuse' | 'cascade' | 'move'; moveTo: string | null };
  /** Whether an id once deleted is `gone` (until a reset) rather than unknown. */
  rememberDeleted: boolean;
  /** The protocol of a connection made by PUT /connection/ (the API cannot name one). */
  newConnectionProtocol: Protocol | null;
  credentials: {
    /** The keys given are set and the others kept (merge), or are all that is left (replace). */
    put: 'merge' | 'replace';
    /** Which keys a connection takes: any the validator let through, its own protocol's, or any at all. */
    accept: 'listed' | 'own-protocol' | 'any';
    /** own-protocol: the keys of each protocol; a connection with none takes every key listed here. */
    byProtocol: Partial<Record<Protocol, readonly string[]>>;
    /** own-protocol: a key of another protocol is refused, or dropped. */
    other: 'refuse' | 'ignore';
    /** A DELETE of credentials when there are none: fine, or refused (`no-credentials`). */
    deleteWhenNone: 'ok' | 'refuse';
  };
  settings: {
    unknownKeys: 'refuse' | 'ignore' | 'keep';
    /** What `null` does to a setting: back to its default, or removed. */
    null: 'default' | 'remove';
    missingConnection: 'create' | 'not-found';
    /** The keys of a connection patch that are credentials, by type. */
    credentialKeys: Record<ConnectionType, readonly string[]>;
  };
  actions: {
    offered: Record<ConnectionType, readonly string[]>;
    chat: 'with-near' | 'always' | 'never';
    chatPosition: 'first' | 'last';
    notOffered: 'refuse' | 'accept';
  };
  /** The extra fields the store writes the time into (ISO 8601), by kind of item and event. */
  stamps: Partial<Record<StampedKind, Partial<Record<StampEvent, readonly string[]>>>>;
}

export const DEFAULT_POLICIES: StorePolicies = {
  uidSpace: 'shared',
  groupDelete: { nonEmpty: 'refuse', moveTo: null },
  rememberDeleted: false,
  newConnectionProtocol: null,
  credentials: {
    put: 'merge',
    accept: 'listed',
    byProtocol: {
      NEAR: ['rxp.username', 'rxp.password'],
      RDP: ['rdp.username', 'rdp.password', 'rdp.domain'],
      APPLE: ['apple.username', 'apple.password'],
    },
    other: 'refuse',
    deleteWhenNone: 'ok',
  },
  settings: {
    unknownKeys: 'refuse',
    null: 'default',
    missingConnection: 'create',
    credentialKeys: { VNC: ['username', 'password'], RDP: ['username', 'password', 'domain'], NEAR: ['username', 'password'] },
  },
  actions: {
    offered: { NEAR: ['control', 'curtain', 'observe', 'ft'], VNC: ['control'], RDP: ['control'] },
    chat: 'with-near',
    chatPosition: 'first',
    notOffered: 'refuse',
  },
  stamps: {},
};
