type Kind = 'connections' | 'computers';
type Members = Record<Kind, Set<string>>;

const NONE: Readonly<Members> = Object.freeze({ connections: new Set<string>(), computers: new Set<string>() });

/** Which items each group holds: an index, so reading one group never scans every item. */
export class Membership {
  readonly #byGroup = new Map<string, Members>();

  of(groupUid: string): Readonly<Members> {
    return this.#byGroup.get(groupUid) ?? NONE;
  }

  add(kind: Kind, groupUid: string, id: string): void {
    let members = this.#byGroup.get(groupUid);
    if (!members) this.#byGroup.set(groupUid, (members = { connections: new Set(), computers: new Set() }));
    members[kind].add(id);
  }

  remove(kind: Kind, groupUid: string, id: string): void {
    this.#byGroup.get(groupUid)?.[kind].delete(id);
  }

  forget(groupUid: string): void {
    this.#byGroup.delete(groupUid);
  }
}
