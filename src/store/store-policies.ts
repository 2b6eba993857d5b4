import type { ConnectionType } from './types.js';

/**
 * The rules of the store where the Remotix reference is silent, as plain options (the HTTP layer reads them
 * from the dialect). The defaults are today's choices, the same as `dialect/default.json`.
 */
export interface StorePolicies {
  /** shared: a group and a connection never get the same uid. */
  uidSpace: 'shared' | 'separate';
  /** What deleting a group that still holds items does; `moveTo` null: the first group left. */
  groupDelete: { nonEmpty: 'refuse' | 'cascade' | 'move'; moveTo: string | null };
  /** A credentials PUT sets the keys given and keeps (merge) or drops (replace) the others. */
  connectionCredentials: 'merge' | 'replace';
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
}

export const DEFAULT_POLICIES: StorePolicies = {
  uidSpace: 'shared',
  groupDelete: { nonEmpty: 'refuse', moveTo: null },
  connectionCredentials: 'merge',
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
};
