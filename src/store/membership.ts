import { LayeredMap } from './layered-map.js';

export type MemberKind = 'connections' | 'computers';
/** The ids of one group's items, in the order they joined it. */
type Members = Record<MemberKind, LayeredMap<string, true>>;

const NONE: Readonly<Members> = Object.freeze({ connections: new LayeredMap<string, true>(), computers: new LayeredMap<string, true>() });

/**
 * Which items each group holds: an index, so reading one group never scans every item. A membership made
 * over another (`new Membership(shared)`) reads it and copies only the groups it changes.
 */
export class Membership {
  readonly #byGroup: LayeredMap<string, Members>;

  constructor(base?: Membership) {
    this.#byGroup = new LayeredMap(base === undefined ? undefined : base.#byGroup.flat());
  }

  /** A membership that holds `index` (taken, not copied): each group's item ids, in order. */
  static of(index: Map<string, Record<MemberKind, Map<string, true>>>): Membership {
    const membership = new Membership();
    for (const [groupUid, { connections, computers }] of index) {
      membership.#byGroup.set(groupUid, {
        connections: new LayeredMap(undefined, connections),
        computers: new LayeredMap(undefined, computers),
      });
    }
    return membership;
  }

  of(groupUid: string): Readonly<Members> {
    return this.#byGroup.get(groupUid) ?? NONE;
  }

  add(kind: MemberKind, groupUid: string, id: string): void {
    let members = this.#own(groupUid);
    if (!members) this.#byGroup.set(groupUid, (members = { connections: new LayeredMap(), computers: new LayeredMap() }));
    members[kind].set(id, true);
  }

  remove(kind: MemberKind, groupUid: string, id: string): void {
    this.#own(groupUid)?.[kind].delete(id);
  }

  forget(groupUid: string): void {
    this.#byGroup.delete(groupUid);
  }

  #own(groupUid: string): Members | undefined {
    return this.#byGroup.own(groupUid, (shared) => ({
      connections: new LayeredMap(shared.connections.flat()),
      computers: new LayeredMap(shared.computers.flat()),
    }));
  }
}
