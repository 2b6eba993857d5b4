import type { StoreRules } from '../dialect/store-rules.js';
import type { FaultConfig } from '../faults/fault-set.js';
import { loadedJsonLength, loadStoreData, SharedData } from '../store/store-data.js';
import type { Fixture, SettingsDefaults } from '../store/types.js';
import { MockSession } from './mock-session.js';
import { SessionError } from './session-error.js';

export const SESSION_HEADER = 'x-mock-session';
const SESSION_NAME = /^[A-Za-z0-9._:-]{1,64}$/;

export interface MockSessionsOptions {
  baseline: Fixture;
  settingsDefaults: SettingsDefaults;
  journalLimit: number;
  seed?: number;
  /** A named session unused this long is dropped. */
  idleMs: number;
  /** The most named sessions alive at once. */
  maxSessions: number;
  /** Bytes all sessions' data and journals may hold together (see `MockSession.bytes`). */
  memoryBudget: number;
  /** Faults the default session starts with (from the command line). */
  defaultFaults?: FaultConfig;
  /** The dialect's rules for every session's store. */
  rules?: StoreRules;
}

export interface MockSessionSummary {
  name: string | null;
  createdAt: string;
  lastUsed: string;
  actions: number;
  requests: number;
}

/**
 * The default session and the named ones, each forked from the fixtures on first use. The fixtures are
 * loaded once and shared: a session holds only what it changed, so forking one costs the same whatever
 * their size.
 */
export class MockSessions {
  readonly default: MockSession;
  readonly #named = new Map<string, MockSession>();
  readonly #shared: SharedData;
  /** The shared fixtures' JSON length, counted once in the memory budget whatever the number of sessions. */
  readonly baselineBytes: number;

  constructor(private readonly options: MockSessionsOptions) {
    this.#shared = new SharedData(loadStoreData(options.baseline, options.settingsDefaults));
    this.baselineBytes = loadedJsonLength(this.#shared.data);
    if (this.baselineBytes > options.memoryBudget) {
      throw new SessionError(
        'memory-budget',
        `the fixtures take ${this.baselineBytes} bytes, more than the memory budget of ${options.memoryBudget} (--memory-budget)`,
      );
    }
    this.default = new MockSession({ ...this.#sessionOptions(), name: null });
    if (options.defaultFaults) this.default.faults.configure(options.defaultFaults, Date.now());
  }

  /** What every session holds together, in the memory budget's bytes: the shared fixtures once, and what each holds itself. */
  bytes(): number {
    let total = this.baselineBytes + this.default.bytes;
    for (const session of this.#named.values()) total += session.bytes;
    return total;
  }

  /**
   * Refuses (with a SessionError) once the sessions hold the whole budget. Before refusing, the sessions
   * that took writes are measured exactly: until then their size is an upper bound.
   */
  admit(): void {
    const { memoryBudget } = this.options;
    if (this.bytes() < memoryBudget) return;
    this.default.measure();
    for (const session of this.#named.values()) session.measure();
    const used = this.bytes();
    if (used < memoryBudget) return;
    throw new SessionError(
      'memory-budget',
      `the fixtures and the sessions' own data and journals take ${used} bytes, ` +
        `which reaches the memory budget of ${memoryBudget} (--memory-budget, REMOTIX_MOCK_MEMORY_BUDGET); free some ` +
        'by ending named sessions (DELETE /__admin/mock-sessions/{name}), clearing journals or resetting, then try again',
    );
  }

  /** The session a request names (the default one when it names none), created on first use. */
  get(name: string | undefined | null): MockSession {
    if (name === undefined || name === null || name === '') return this.#touch(this.default);
    if (!SESSION_NAME.test(name)) {
      throw new SessionError('invalid-session-name', 'X-Mock-Session must be 1 to 64 letters, digits or . _ : -');
    }
    const existing = this.#named.get(name);
    if (existing) return this.#touch(existing);
    this.sweep();
    if (this.#named.size >= this.options.maxSessions) {
      throw new SessionError(
        'too-many-sessions',
        `${this.options.maxSessions} sessions are alive; end one (DELETE /__admin/mock-sessions/{name}) or wait for one to expire`,
      );
    }
    // A new session shares every record: it holds nothing yet, so it is refused only once the budget is reached.
    this.admit();
    const session = this.#create(name);
    this.#named.set(name, session);
    return session;
  }

  /** The named session, without creating it. */
  find(name: string): MockSession | undefined {
    return this.#named.get(name);
  }

  list(): MockSessionSummary[] {
    this.sweep();
    return [this.default, ...this.#named.values()].map((session) => ({
      name: session.name,
      createdAt: new Date(session.createdAt).toISOString(),
      lastUsed: new Date(session.lastUsed).toISOString(),
      actions: session.store.actions.count(),
      requests: session.requests.count(),
    }));
  }

  drop(name: string): boolean {
    return this.#named.delete(name);
  }

  /** Drops the named sessions idle for longer than the limit; returns how many. */
  sweep(now = Date.now()): number {
    let dropped = 0;
    for (const [name, session] of this.#named) {
      if (now - session.lastUsed > this.options.idleMs) dropped += Number(this.#named.delete(name));
    }
    return dropped;
  }

  #touch(session: MockSession): MockSession {
    session.lastUsed = Date.now();
    return session;
  }

  #create(name: string): MockSession {
    return new MockSession({ ...this.#sessionOptions(), name });
  }

  #sessionOptions() {
    const { baseline, settingsDefaults, journalLimit, seed, rules } = this.options;
    return { baseline, shared: this.#shared, settingsDefaults, journalLimit, seed, rules };
  }
}
