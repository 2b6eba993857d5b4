import { type JournalState, SequencedJournal } from '../journal/sequenced-journal.js';
import type { ActionOrigin, ActionRecord, ActionTarget } from './types.js';

/** What to pick from the journal; every field given must match. */
export interface ActionFilter {
  /** A connection uid or a computer id. */
  target?: string;
  action?: string;
  /** Only entries with a greater sequence number. */
  since?: number;
}

export type ActionJournalState = JournalState<ActionRecord>;

/** The record of accepted ACTIONs: the last `limit` of them. Sequence numbers keep growing across `clear()`. */
export class ActionJournal {
  readonly #journal: SequencedJournal<ActionRecord>;

  constructor(
    private readonly clock: () => number,
    limit: number,
  ) {
    this.#journal = new SequencedJournal(limit, (entry) => JSON.stringify(entry).length);
  }

  /** Bytes the kept entries take in the memory budget: their JSON size. */
  get bytes(): number {
    return this.#journal.bytes;
  }

  append(origin: ActionOrigin, target: ActionTarget, action: string): ActionRecord {
    const time = new Date(this.clock()).toISOString();
    const entry = this.#journal.add((seq) => ({ seq, time, method: origin.method, path: origin.path, target: { ...target }, action }));
    return copyRecord(entry);
  }

  list(filter: ActionFilter = {}): ActionRecord[] {
    return this.#journal.select((entry) => matches(entry, filter)).map(copyRecord);
  }

  count(filter: ActionFilter = {}): number {
    return this.#journal.select((entry) => matches(entry, filter)).length;
  }

  clear(): void {
    this.#journal.clear();
  }

  /** Forget everything, sequence numbers included, as after a fresh start. */
  reset(): void {
    this.#journal.reset();
  }

  save(): ActionJournalState {
    return this.#journal.save();
  }

  load(state: ActionJournalState): void {
    this.#journal.load(state);
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
