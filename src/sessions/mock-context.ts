import { type Clock, createClock } from '../determinism/create-clock.js';
import { createRandom, type Random } from '../determinism/create-random.js';
import { FaultSet } from '../faults/fault-set.js';
import { maskSecrets } from '../journal/mask-secrets.js';
import { RequestJournal, type RequestJournalState } from '../journal/request-journal.js';
import { createIdGenerator } from '../store/create-id-generator.js';
import { Store, type StoreSnapshot } from '../store/store.js';
import type { Fixture, SettingsDefaults } from '../store/types.js';

export interface ContextOptions {
  /** null for the default session. */
  name: string | null;
  /** The fixture the session starts from and resets to. */
  baseline: Fixture;
  settingsDefaults: SettingsDefaults;
  journalLimit: number;
  /** With a seed, ids, times and random latency repeat from run to run (and restart at each reset). */
  seed?: number;
}

/** Everything `restore` needs to put a session back exactly. */
export interface ContextSnapshot {
  store: StoreSnapshot;
  requests: RequestJournalState;
}

/** One mock session: its own state, journals and faults. The default session has no name. */
export class MockContext {
  readonly name: string | null;
  readonly requests: RequestJournal;
  readonly faults = new FaultSet();
  readonly createdAt = Date.now();
  lastUsed = Date.now();
  #random!: Random;
  #clock!: Clock;
  #newId!: () => string;
  readonly #store: Store;

  constructor(private readonly options: ContextOptions) {
    this.name = options.name;
    this.requests = new RequestJournal(options.journalLimit);
    this.#restartStreams();
    this.#store = new Store(structuredClone(options.baseline), {
      settingsDefaults: options.settingsDefaults,
      newId: () => this.#newId(),
      clock: () => this.#clock(),
      journalLimit: options.journalLimit,
    });
  }

  get store(): Store {
    return this.#store;
  }

  /** Milliseconds now, from the session's clock (logical in seeded mode). */
  now(): number {
    return this.#clock();
  }

  random(): number {
    return this.#random.next();
  }

  /** Back to `fixture` (the baseline unless given): data, journals, open sessions and faults. */
  reset(fixture: Fixture = this.options.baseline): void {
    this.#restartStreams();
    this.#store.reset(structuredClone(fixture));
    this.requests.reset();
    this.faults.clear();
  }

  /** The data as a fixture; credential values masked unless `includeSecrets`. */
  exportState(includeSecrets: boolean): Fixture {
    const fixture = this.#store.exportFixture();
    return includeSecrets ? fixture : maskSecrets(fixture);
  }

  importState(fixture: Fixture): void {
    this.#store.importFixture(structuredClone(fixture));
  }

  snapshot(): ContextSnapshot {
    return { store: this.#store.snapshot(), requests: this.requests.save() };
  }

  restore(snapshot: ContextSnapshot): void {
    this.#store.restore(structuredClone(snapshot.store));
    this.requests.load(snapshot.requests);
  }

  #restartStreams(): void {
    const { seed, name } = this.options;
    this.#random = createRandom(seed, name ?? '');
    this.#clock = createClock(seed !== undefined);
    this.#newId = createIdGenerator(seed === undefined ? undefined : (count) => this.#random.bytes(count));
  }
}
