import { compilePathPattern } from '../faults/path-pattern.js';
import type { Deviation } from '../proxy/deviation.js';
import { maskSecrets } from './mask-secrets.js';
import { type JournalState, SequencedJournal } from './sequenced-journal.js';

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
  /** In proxy mode, where the real Remotix's answer and the document part ways (none: `[]`). */
  deviations?: Deviation[];
}

export type RequestJournalState = JournalState<RequestEntry & { seq: number }>;

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
  deviations?: Deviation[] | undefined;
}

type NumberedEntry = RequestEntry & { seq: number };

/** What the request path hands over instead of a body too big to journal. */
export class BodyNotKept {
  constructor(readonly bytes: number) {}
}

/** The fields of a record but the body, as JSON, at most: `{"seq":…,"time":"…",…}`. */
const RECORD_OVERHEAD = 128;

/** An entry's share of the memory budget: its JSON size (the body is already masked and small). */
function sizeOf(entry: NumberedEntry): number {
  const body = entry.body === undefined ? 0 : JSON.stringify(entry.body).length;
  return RECORD_OVERHEAD + entry.method.length + entry.path.length + (entry.fault?.length ?? 0) + body;
}

/** The last `limit` API requests. Recording is on every request's path, so it only stores; reading formats. */
export class RequestJournal {
  readonly #journal: SequencedJournal<NumberedEntry>;

  constructor(limit: number) {
    this.#journal = new SequencedJournal(limit, sizeOf);
  }

  /** Bytes the kept entries take in the memory budget. */
  get bytes(): number {
    return this.#journal.bytes;
  }

  /** Keeps the entry with its body masked: every value but those of keys known not to be secret. */
  record(entry: RequestEntry): void {
    if (entry.body instanceof BodyNotKept) entry.body = `[a body of ${entry.body.bytes} bytes, not kept]`;
    else if (entry.body !== undefined) entry.body = maskSecrets(entry.body);
    this.#journal.add((seq) => {
      const numbered = entry as NumberedEntry;
      numbered.seq = seq;
      return numbered;
    });
  }

  list(filter: RequestFilter = {}): RequestRecord[] {
    return this.#select(filter).map(toRecord);
  }

  count(filter: RequestFilter = {}): number {
    return this.#select(filter).length;
  }

  clear(): void {
    this.#journal.clear();
  }

  reset(): void {
    this.#journal.reset();
  }

  save(): RequestJournalState {
    return this.#journal.save();
  }

  load(state: RequestJournalState): void {
    this.#journal.load(state);
  }

  #select(filter: RequestFilter): NumberedEntry[] {
    const path = filter.path === undefined ? undefined : compilePathPattern(filter.path);
    return this.#journal.select(
      (entry) =>
        (filter.method === undefined || entry.method === filter.method) &&
        (path === undefined || path.test(entry.path)) &&
        (filter.status === undefined || entry.status === filter.status) &&
        (filter.since === undefined || entry.seq > filter.since),
    );
  }
}

function toRecord({ seq, timeMs, method, path, status, durationMs, body, fault, deviations }: NumberedEntry): RequestRecord {
  const record: RequestRecord = { seq, time: new Date(timeMs).toISOString(), method, path, status, durationMs };
  if (body !== undefined) record.body = structuredClone(body);
  if (fault !== undefined) record.fault = fault;
  if (deviations !== undefined) record.deviations = deviations.map((deviation) => ({ ...deviation }));
  return record;
}
