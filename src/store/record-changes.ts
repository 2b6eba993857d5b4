import { DomainError } from './domain-error.js';
import { stamp } from './item-facts.js';
import type { StoreData } from './store-data.js';
import type { StampEvent, StampedKind, StorePolicies } from './store-policies.js';
import type { ItemUpdate } from './types.js';

/**
 * The small changes every store method shares, by policy: new uids, moves between groups, time stamps,
 * remembered deletes, and what deleting a group that holds items does to them.
 */
export class RecordChanges {
  constructor(
    private readonly data: () => StoreData,
    private readonly policies: StorePolicies,
    private readonly clock: () => number,
    private readonly makeId: (kind: 'group' | 'connection') => string,
  ) {}

  /** Whether the policy stamps a time for this event (an ACTION changes a record only then). */
  stamps(kind: StampedKind, event: StampEvent): boolean {
    return (this.policies.stamps[kind]?.[event]?.length ?? 0) > 0;
  }

  /** Writes the time into the extra fields the policy names for these events. */
  stamp(kind: StampedKind, item: { extra?: Record<string, unknown> }, ...events: StampEvent[]): void {
    const stamps = this.policies.stamps[kind];
    if (!stamps) return;
    const time = new Date(this.clock()).toISOString();
    for (const event of events) stamp(item, stamps[event], time);
  }

  /** Remembers a delete, for a policy that answers `gone` for it. */
  forget(key: string): void {
    if (this.policies.rememberDeleted) this.data().deleted.add(key);
  }

  moveAndRename(kind: 'connections' | 'computers', item: { name: string; category_uid: string }, id: string, update: ItemUpdate): void {
    if (update.category_uid !== undefined && update.category_uid !== item.category_uid) {
      const { members } = this.data();
      members.remove(kind, item.category_uid, id);
      members.add(kind, update.category_uid, id);
      item.category_uid = update.category_uid;
    }
    if (update.name !== undefined) item.name = update.name;
  }

  /** A uid no item of its space has: groups and connections share one space, or each has its own. */
  newId(kind: 'group' | 'connection'): string {
    const data = this.data();
    const shared = this.policies.uidSpace === 'shared';
    for (let tries = 0; tries < 100_000; tries++) {
      const id = this.makeId(kind);
      const inGroups = (shared || kind === 'group') && data.groups.has(id);
      const inConnections = (shared || kind === 'connection') && data.connections.has(id);
      if (!inGroups && !inConnections) return id;
    }
    throw new Error(`the id generator of ${kind}s made only ids already taken`);
  }

  /**
   * What happens to the items of a group about to be deleted: none (it is empty), they are deleted with
   * it (`cascade`), or they move to `heir`. Refused (conflict) by policy, or when no group can take them.
   */
  groupDeletion(groupUid: string): { cascade: boolean; heir?: string } {
    const { connections, computers } = this.data().members.of(groupUid);
    if (connections.size === 0 && computers.size === 0) return { cascade: false };
    const { nonEmpty } = this.policies.groupDelete;
    if (nonEmpty === 'cascade') return { cascade: true };
    const heir = nonEmpty === 'move' ? this.#heirOf(groupUid) : undefined;
    if (heir !== undefined) return { cascade: false, heir };
    const reason = nonEmpty === 'move' ? 'no group can take its items' : 'move or delete them first';
    throw new DomainError(
      'conflict',
      `group ${groupUid} still holds ${connections.size} connection(s) and ${computers.size} computer(s); ${reason}`,
    );
  }

  /** The group that receives a deleted group's items: the policy's, or the first one left. */
  #heirOf(groupUid: string): string | undefined {
    const { moveTo } = this.policies.groupDelete;
    const { groups } = this.data();
    if (moveTo !== null) return moveTo !== groupUid && groups.has(moveTo) ? moveTo : undefined;
    for (const uid of groups.keys()) if (uid !== groupUid) return uid;
    return undefined;
  }
}
