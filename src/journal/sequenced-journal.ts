import { RingBuffer } from './ring-buffer.js';

export interface JournalState<T> {
  entries: T[];
  seq: number;
}

/**
 * The last `limit` entries, each with a sequence number. Numbers keep growing across `clear()`, so a
 * reader's `since` stays meaningful, and start again at 1 after `reset()`.
 */
export class SequencedJournal<T extends { seq: number }> {
  readonly #entries: RingBuffer<T>;
  #seq = 0;

  constructor(limit: number) {
    this.#entries = new RingBuffer(limit);
  }

  /** Keeps the entry that `make` builds around the next sequence number. */
  add(make: (seq: number) => T): T {
    const entry = make(++this.#seq);
    this.#entries.push(entry);
    return entry;
  }

  /** Oldest first. */
  select(keep: (entry: T) => boolean): T[] {
    return this.#entries.toArray().filter(keep);
  }

  clear(): void {
    this.#entries.clear();
  }

  reset(): void {
    this.#entries.clear();
    this.#seq = 0;
  }

  save(): JournalState<T> {
    return { entries: structuredClone(this.#entries.toArray()), seq: this.#seq };
  }

  load(state: JournalState<T>): void {
    this.#entries.clear();
    for (const entry of structuredClone(state.entries)) this.#entries.push(entry);
    this.#seq = state.seq;
  }
}
