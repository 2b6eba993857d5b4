import { compilePathPattern } from '../faults/path-pattern.js';
import { maskSecrets } from './mask-secrets.js';
import { RingBuffer } from './ring-buffer.js';

/** One API request as the mock saw it. Secrets in the body are masked before it is kept. */
export interface RequestRecord {
  seq: number;
  time: string;
  method: string;
  path: string;
  /** 0 when the mock closed the connection without answering. */
  status: number;
  durationMs: number;
  body?: unknown;
  /** The fault that shaped the answer, if any: `latency:120ms`, `status:503`, `closed`, `starting`, `app-not-running`. */
  fault?: string;
}

export interface RequestFilter {
  method?: string;
  /** A path pattern: `*` for (part of) one segment, `**` for anything. */
  path?: string;
  status?: number;
  since?: number;
}

/** The last `limit` API requests. */
export class RequestJournal {
  #entries: RingBuffer<RequestRecord>;
  #seq = 0;

  constructor(limit: number) {
    this.#entries = new RingBuffer(limit);
  }

  record(entry: Omit<RequestRecord, 'seq'>): void {
    const record: RequestRecord = { seq: ++this.#seq, ...entry };
    if (entry.body === undefined) delete record.body;
    else record.body = maskSecrets(entry.body);
    if (entry.fault === undefined) delete record.fault;
    this.#entries.push(record);
  }

  list(filter: RequestFilter = {}): RequestRecord[] {
    return structuredClone(this.#select(filter));
  }

  count(filter: RequestFilter = {}): number {
    return this.#select(filter).length;
  }

  clear(): void {
    this.#entries.clear();
  }

  reset(): void {
    this.#entries.clear();
    this.#seq = 0;
  }

  save(): { entries: RequestRecord[]; seq: number } {
    return { entries: structuredClone(this.#entries.toArray()), seq: this.#seq };
  }

  load(state: { entries: RequestRecord[]; seq: number }): void {
    this.#entries.clear();
    for (const entry of structuredClone(state.entries)) this.#entries.push(entry);
    this.#seq = state.seq;
  }

  #select(filter: RequestFilter): RequestRecord[] {
    const path = filter.path === undefined ? undefined : compilePathPattern(filter.path);
    return this.#entries.toArray().filter(
      (entry) =>
        (filter.method === undefined || entry.method === filter.method) &&
        (path === undefined || path.test(entry.path)) &&
        (filter.status === undefined || entry.status === filter.status) &&
        (filter.since === undefined || entry.seq > filter.since),
    );
  }
}
