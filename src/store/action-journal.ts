import { RingBuffer } from '../journal/ring-buffer.js';
import type { ActionOrigin, ActionRecord, ActionTarget } from './types.js';

/** What to pick from the journal; every field given must match. */
export interface ActionFilter {
  /** A connection uid or a computer id. */
  target?: string;
  action?: string;
  /** Only entries with a greater sequence number. */
  since?: number;
}

export interface ActionJournalState {
  entries: ActionRecord[];
  seq: number;
}

/** The record of accepted ACTIONs: the last `limit` of them. Sequence numbers keep growing across `clear()`. */
export class ActionJournal {
  #entries: RingBuffer<ActionRecord>;
  #seq = 0;

  constructor(
    private readonly clock: () => number,
    limit: number,
  ) {
    this.#entries = new RingBuffer(limit);
  }

  append(origin: ActionOrigin, target: ActionTarget, action: string): ActionRecord {
    const entry: ActionRecord = {
      seq: ++this.#seq,
      time: new Date(this.clock()).toISOString(),
      method: origin.method,
      path: origin.path,
      target: { ...target },
      action,
    };
    this.#entries.push(entry);
    return copyRecord(entry);
  }

  list(filter: ActionFilter = {}): ActionRecord[] {
    return this.#entries.toArray().filter((entry) => matches(entry, filter)).map(copyRecord);
  }

  count(filter: ActionFilter = {}): number {
    return this.#entries.toArray().filter((entry) => matches(entry, filter)).length;
  }

  clear(): void {
    this.#entries.clear();
  }

  /** Forget everything, sequence numbers included, as after a fresh start. */
  reset(): void {
    this.#entries.clear();
    this.#seq = 0;
  }

  save(): ActionJournalState {
    return { entries: structuredClone(this.#entries.toArray()), seq: this.#seq };
  }

  load(state: ActionJournalState): void {
    this.#entries.clear();
    for (const entry of structuredClone(state.entries)) this.#entries.push(entry);
    this.#seq = state.seq;
  }
}

/** Records are flat but for their target: a copy this cheap keeps the ACTION path fast (no structuredClone). */
export function copyRecord(record: ActionRecord): ActionRecord {
  return { ...record, target: { ...record.target } };
}

function matches(entry: ActionRecord, filter: ActionFilter): boolean {
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  if (filter.since !== undefined && entry.seq <= filter.since) return false;
  if (filter.target !== undefined) {
    const id = entry.target.kind === 'connection' ? entry.target.uid : entry.target.computer_id;
    if (id !== filter.target) return false;
  }
  return true;
}
