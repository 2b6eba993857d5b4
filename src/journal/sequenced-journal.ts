import { RingBuffer } from './ring-buffer.js';

export interface JournalState<T> {
  entries: T[];
  seq: number;
}

/** How many bytes an entry takes in the memory budget (its JSON size, or a close upper bound). */
export type SizeOf<T> = (entry: T) => number;

/**
 * The last `limit` entries, each with a sequence number. Numbers keep growing across `clear()`, so a
 * reader's `since` stays meaningful, and start again at 1 after `reset()`. `bytes` is the sum of the
 * kept entries' sizes.
 */
export class SequencedJournal<T extends { seq: number }> {
  readonly #entries: RingBuffer<T>;
  readonly #sizes: RingBuffer<number>;
  #seq = 0;
  #bytes = 0;

  constructor(
    limit: number,
    private readonly sizeOf: SizeOf<T>,
  ) {
    this.#entries = new RingBuffer(limit);
    this.#sizes = new RingBuffer(limit);
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** Keeps the entry that `make` builds around the next sequence number. */
  add(make: (seq: number) => T): T {
    const entry = make(++this.#seq);
    this.#entries.push(entry);
    const size = this.sizeOf(entry);
    this.#bytes += size - (this.#sizes.push(size) ?? 0);
    return entry;
  }

  /** Oldest first. */
  select(keep: (entry: T) => boolean): T[] {
    return this.#entries.toArray().filter(keep);
  }

  clear(): void {
    this.#entries.clear();
    this.#sizes.clear();
    this.#bytes = 0;
  }

  reset(): void {
    this.clear();
    this.#seq = 0;
  }

  save(): JournalState<T> {
    return { entries: structuredClone(this.#entries.toArray()), seq: this.#seq };
  }

  load(state: JournalState<T>): void {
    this.clear();
    for (const entry of structuredClone(state.entries)) {
      this.#entries.push(entry);
      const size = this.sizeOf(entry);
      this.#bytes += size - (this.#sizes.push(size) ?? 0);
    }
    this.#seq = state.seq;
  }
}
