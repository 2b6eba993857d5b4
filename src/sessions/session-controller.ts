import type { FaultConfig, FaultSet, FaultState } from '../faults/fault-set.js';
import type { Fixture } from '../store/types.js';
import type { MockSession, MockSessionSnapshot } from './mock-session.js';
import type { MockSessions } from './mock-sessions.js';

/** Told the default session's faults each time they change, and once when it subscribes. */
export type FaultsListener = (faults: FaultSet) => void;

/** Turns data into a checked fixture, or throws a FixtureError naming `source`. */
export type FixtureChecker = (data: unknown, source: string) => Fixture;

/**
 * The one owner of a mock session's state changes (reset, import, restore, faults), behind both the admin
 * API and the `Mock` handle of `startMock`. It is thin: each change is the session's (and its store's) own
 * method; what the controller adds is the fixture check, and telling `onDefaultFaults` listeners (the
 * listening socket, for `app-not-running`) when the default session's faults change.
 */
export class SessionController {
  readonly #listeners = new Set<FaultsListener>();

  constructor(
    readonly sessions: MockSessions,
    private readonly checkFixture: FixtureChecker,
  ) {}

  /** Back to the fixtures, or to `fixture` (checked, as from `source`): data, journals, remote sessions, faults. */
  reset(session: MockSession, fixture?: unknown, source = 'the fixture'): void {
    session.reset(fixture === undefined ? undefined : this.checkFixture(fixture, source));
    this.#faultsChanged(session);
  }

  /** Replaces the data with `fixture` (checked, as from `source`); journals and faults stay. */
  importState(session: MockSession, fixture: unknown, source = 'the fixture'): void {
    session.importState(this.checkFixture(fixture, source));
  }

  restore(session: MockSession, snapshot: MockSessionSnapshot): void {
    session.restore(snapshot);
  }

  setFaults(session: MockSession, config: FaultConfig): FaultState {
    session.faults.configure(config, Date.now());
    this.#faultsChanged(session);
    return session.faults.state(Date.now());
  }

  clearFaults(session: MockSession): void {
    session.faults.clear();
    this.#faultsChanged(session);
  }

  /** Calls `listener` with the default session's faults now and after each change; returns the unsubscribe. */
  onDefaultFaults(listener: FaultsListener): () => void {
    this.#listeners.add(listener);
    listener(this.sessions.default.faults);
    return () => this.#listeners.delete(listener);
  }

  #faultsChanged(session: MockSession): void {
    if (session !== this.sessions.default) return;
    for (const listener of this.#listeners) listener(session.faults);
  }
}
