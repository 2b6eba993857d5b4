import type { StoreData } from './store-data.js';

/**
 * What an answer may show of an item beyond its own fields, computed when it is written: how many items
 * a group holds, how many connections a computer has, which credential keys are stored (never their
 * values). The Store offers these; a dialect's derived fields read them.
 */
export interface ItemFacts {
  memberCount(groupUid: string): number;
  connectionCount(computerId: string): number;
  credentialKeys(uid: string): string[];
  computerConnectionHasCredentials(computerId: string, connectionId: string): boolean;
}

export function createItemFacts(data: () => StoreData): ItemFacts {
  return {
    memberCount: (groupUid) => {
      const { connections, computers } = data().members.of(groupUid);
      return connections.size + computers.size;
    },
    connectionCount: (computerId) => data().computers.get(computerId)?.connections.size ?? 0,
    credentialKeys: (uid) => Object.keys(data().connections.get(uid)?.credentials ?? {}).sort(),
    computerConnectionHasCredentials: (computerId, connectionId) => {
      const credentials = data().computers.get(computerId)?.connections.get(connectionId)?.credentials;
      return credentials !== undefined && Object.keys(credentials).length > 0;
    },
  };
}

/** Writes `time` into each of `keys` of the item's extra fields. */
export function stamp(item: { extra?: Record<string, unknown> }, keys: readonly string[] | undefined, time: string): void {
  if (!keys || keys.length === 0) return;
  item.extra ??= {};
  for (const key of keys) item.extra[key] = time;
}
