/** What a layer reads from the map below it. */
export interface ReadableMap<K, V> {
  readonly size: number;
  get(key: K): V | undefined;
  has(key: K): boolean;
  keys(): IterableIterator<K>;
  values(): IterableIterator<V>;
  entries(): IterableIterator<[K, V]>;
}

const GONE: unique symbol = Symbol('gone');
const EMPTY: ReadableMap<never, never> = new Map<never, never>();

/**
 * A Map over a base it never changes: reads fall through to the base, writes stay in this layer, so a
 * layer over shared data costs only what it changes (copy on write). Iteration order is a Map's, as if
 * the base's entries had been set first: an entry changed keeps its place, one added (or deleted and
 * added again) goes last. Values are never `undefined`.
 */
export class LayeredMap<K, V> implements ReadableMap<K, V> {
  readonly #base: ReadableMap<K, V>;
  /** Entries of the base replaced or deleted here, in place. */
  readonly #changed = new Map<K, V | typeof GONE>();
  /** Entries added here, in order. */
  readonly #added: Map<K, V>;
  #gone = 0;

  /** Over `base`, with `added` (taken, not copied) as this layer's entries so far. */
  constructor(base: ReadableMap<K, V> = EMPTY, added = new Map<K, V>()) {
    this.#base = base;
    this.#added = added;
  }

  get size(): number {
    return this.#base.size - this.#gone + this.#added.size;
  }

  get(key: K): V | undefined {
    if (this.#added.size > 0) {
      const added = this.#added.get(key);
      if (added !== undefined) return added;
    }
    if (this.#changed.size > 0) {
      const changed = this.#changed.get(key);
      if (changed !== undefined) return changed === GONE ? undefined : changed;
    }
    return this.#base.get(key);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): this {
    if (!this.#added.has(key) && this.#inBase(key)) this.#changed.set(key, value);
    else this.#added.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    if (this.#added.delete(key)) return true;
    if (!this.#inBase(key)) return false;
    this.#changed.set(key, GONE);
    this.#gone++;
    return true;
  }

  /** The entry as this layer's own, copied from the base on its first write; undefined when there is none. */
  own(key: K, copy: (shared: V) => V): V | undefined {
    const added = this.#added.get(key);
    if (added !== undefined) return added;
    const changed = this.#changed.get(key);
    if (changed !== undefined) return changed === GONE ? undefined : changed;
    const shared = this.#base.get(key);
    if (shared === undefined) return undefined;
    const mine = copy(shared);
    this.#changed.set(key, mine);
    return mine;
  }

  /** The values this layer holds itself (changed or added), and the keys of the base it deleted. */
  owned(): { values: V[]; deleted: K[] } {
    const values: V[] = [...this.#added.values()];
    const deleted: K[] = [];
    for (const [key, value] of this.#changed) {
      if (value === GONE) deleted.push(key);
      else values.push(value);
    }
    return { values, deleted };
  }

  keys(): IterableIterator<K> {
    return this.#plain()?.keys() ?? this.#layeredKeys();
  }

  values(): IterableIterator<V> {
    return this.#plain()?.values() ?? this.#layeredValues();
  }

  entries(): IterableIterator<[K, V]> {
    return this.#plain()?.entries() ?? this.#layeredEntries();
  }

  /** What a layer over this one should read: the one map below that holds every entry, when one does. */
  flat(): ReadableMap<K, V> {
    return this.#plain() ?? this;
  }

  /** The one map that holds every entry, when one does (nothing changed here, or nothing below). */
  #plain(): ReadableMap<K, V> | undefined {
    if (this.#changed.size > 0) return undefined;
    if (this.#added.size === 0) return this.#base;
    return this.#base.size === 0 ? this.#added : undefined;
  }

  *#layeredKeys(): IterableIterator<K> {
    for (const key of this.#base.keys()) if (this.#changed.get(key) !== GONE) yield key;
    yield* this.#added.keys();
  }

  *#layeredValues(): IterableIterator<V> {
    for (const [, value] of this.#layeredEntries()) yield value;
  }

  *#layeredEntries(): IterableIterator<[K, V]> {
    for (const [key, shared] of this.#base.entries()) {
      const changed = this.#changed.get(key);
      if (changed !== GONE) yield [key, changed ?? shared];
    }
    yield* this.#added.entries();
  }

  #inBase(key: K): boolean {
    return this.#changed.get(key) !== GONE && this.#base.has(key);
  }
}
