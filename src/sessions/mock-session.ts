import { type Clock, createClock } from '../determinism/create-clock.js';
import { createRandom, type Random } from '../determinism/create-random.js';
import type { StoreRules } from '../dialect/store-rules.js';
import { FaultSet } from '../faults/fault-set.js';
import { maskSecrets } from '../journal/mask-secrets.js';
import { RequestJournal, type RequestJournalState } from '../journal/request-journal.js';
import { createIdGenerator } from '../store/create-id-generator.js';
import { Store, type StoreSnapshot } from '../store/store.js';
import type { SharedData } from '../store/store-data.js';
import type { Fixture, SettingsDefaults } from '../store/types.js';

export interface MockSessionOptions {
  /** null for the default session. */
  name: string | null;
  /** The fixture the session starts from and resets to. */
  baseline: Fixture;
  /** The baseline's records, loaded once and shared by every session (none changes them). */
  shared: SharedData;
  settingsDefaults: SettingsDefaults;
  journalLimit: number;
  /** With a seed, ids, times and random latency repeat from run to run (and restart at each reset). */
  seed?: number;
  /** The dialect's rules for the store and its ids; today's unless given. */
  rules?: StoreRules;
}

/**
 * What one accepted write may add beyond its body: new ids, a new computer connection's default settings.
 * Generous on purpose, so that `bytes` stays an upper bound until the data is measured again.
 */
const WRITE_OVERHEAD = 512;

export const jsonLength = (value: unknown): number => JSON.stringify(value).length;

/** Everything `restore` needs to put a session back exactly. */
export interface MockSessionSnapshot {
  store: StoreSnapshot;
  requests: RequestJournalState;
}

/**
 * One mock session: its own state, journals and faults. The default session has no name. Its data is a
 * layer over the shared baseline, so forking and resetting one take constant time.
 */
export class MockSession {
  readonly name: string | null;
  readonly requests: RequestJournal;
  readonly faults = new FaultSet();
  readonly createdAt = Date.now();
  lastUsed = Date.now();
  #random!: Random;
  #clock!: Clock;
  #newId!: (kind: 'group' | 'connection') => string;
  readonly #store: Store;
  /**
   * The JSON length of the data the session holds itself (what it changed; nothing it shares) when last
   * measured, and what accepted writes may have added since (an upper bound).
   */
  #dataBytes = 0;
  #pendingBytes = 0;

  constructor(private readonly options: MockSessionOptions) {
    this.name = options.name;
    this.requests = new RequestJournal(options.journalLimit);
    this.#restartStreams();
    this.#store = new Store(options.shared, {
      settingsDefaults: options.settingsDefaults,
      newId: (kind) => this.#newId(kind),
      clock: () => this.#clock(),
      journalLimit: options.journalLimit,
      policies: options.rules?.policies,
    });
  }

  /**
   * What the session holds, in the memory budget's bytes: the JSON length of the data it does not share
   * (an upper bound after writes until `measure()`), its request journal, its ACTION journal and its open
   * remote sessions. An unchanged session holds nothing but its journals.
   */
  get bytes(): number {
    return this.#dataBytes + this.#pendingBytes + this.requests.bytes + this.#store.actions.bytes;
  }

  /** An accepted write of a body of `bodyBytes`: the data grew by at most that and a record's worth. */
  noteWrite(bodyBytes: number): void {
    this.#pendingBytes += bodyBytes + WRITE_OVERHEAD;
  }

  /** Replaces the upper bound of `bytes` by the data's exact JSON length (costs a serialisation). */
  measure(): void {
    if (this.#pendingBytes === 0) return;
    this.#measured();
  }

  #measured(): void {
    this.#dataBytes = this.#store.ownedJsonLength();
    this.#pendingBytes = 0;
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

  /** Back to `fixture` (the shared baseline unless given): data, journals, open remote sessions and faults. */
  reset(fixture?: Fixture): void {
    this.#restartStreams();
    this.#store.reset(fixture ?? this.options.shared);
    this.requests.reset();
    this.faults.clear();
    this.#measured();
  }

  /** The data as a fixture; credential values masked unless `includeSecrets`. */
  exportState(includeSecrets: boolean): Fixture {
    const fixture = this.#store.exportFixture();
    return includeSecrets ? fixture : maskSecrets(fixture);
  }

  importState(fixture: Fixture): void {
    this.#store.importFixture(fixture);
    this.#measured();
  }

  snapshot(): MockSessionSnapshot {
    return { store: this.#store.snapshot(), requests: this.requests.save() };
  }

  restore(snapshot: MockSessionSnapshot): void {
    this.#store.restore(structuredClone(snapshot.store));
    this.requests.load(snapshot.requests);
    this.#measured();
  }

  #restartStreams(): void {
    const { seed, name } = this.options;
    this.#random = createRandom(seed, name ?? '');
    this.#clock = createClock(seed !== undefined);
    const random = seed === undefined ? undefined : (count: number) => this.#random.bytes(count);
    const rules = this.options.rules;
    if (!rules) {
      const newId = createIdGenerator(random);
      this.#newId = () => newId();
      return;
    }
    // Read only by counters, which start after the fixture's highest id.
    const { groups, connections } = this.options.baseline;
    const shared = rules.policies.uidSpace === 'shared';
    const groupIds = () => [...groups.map((g) => g.group_uid), ...(shared ? connections.map((c) => c.uid) : [])];
    const connectionIds = () => [...connections.map((c) => c.uid), ...(shared ? groups.map((g) => g.group_uid) : [])];
    const group = createIdGenerator(random, rules.ids.group, groupIds);
    const connection = createIdGenerator(random, rules.ids.connection, connectionIds);
    this.#newId = (kind) => (kind === 'group' ? group() : connection());
  }
}
