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

export interface RequestJournalState {
  entries: Array<RequestEntry & { seq: number }>;
  seq: number;
}

export interface RequestFilter {
  method?: string;
  /** A path pattern: `*` for (part of) one segment, `**` for anything. */
  path?: string;
  status?: number;
  since?: number;
}

/** What the request path hands over: the time as a number, formatted only when the journal is read. */
export interface RequestEntry {
  timeMs: number;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  body: unknown;
  fault: string | undefined;
}

/** The last `limit` API requests. Recording is on every request's path, so it only stores; reading formats. */
export class RequestJournal {
  #entries: RingBuffer<RequestEntry & { seq: number }>;
  #seq = 0;

  constructor(limit: number) {
    this.#entries = new RingBuffer(limit);
  }

  record(entry: RequestEntry): void {
    if (entry.body !== undefined) entry.body = maskSecrets(entry.body);
    (entry as RequestEntry & { seq: number }).seq = ++this.#seq;
    this.#entries.push(entry as RequestEntry & { seq: number });
  }

  list(filter: RequestFilter = {}): RequestRecord[] {
    return this.#select(filter).map(toRecord);
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

  save(): RequestJournalState {
    return { entries: structuredClone(this.#entries.toArray()), seq: this.#seq };
  }

  load(state: RequestJournalState): void {
    this.#entries.clear();
    for (const entry of structuredClone(state.entries)) this.#entries.push(entry);
    this.#seq = state.seq;
  }

  #select(filter: RequestFilter): Array<RequestEntry & { seq: number }> {
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

function toRecord({ seq, timeMs, method, path, status, durationMs, body, fault }: RequestEntry & { seq: number }): RequestRecord {
  const record: RequestRecord = { seq, time: new Date(timeMs).toISOString(), method, path, status, durationMs };
  if (body !== undefined) record.body = structuredClone(body);
  if (fault !== undefined) record.fault = fault;
  return record;
}
