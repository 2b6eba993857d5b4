import { type ActionFilter, ActionJournal, type ActionJournalState } from './action-journal.js';
import { DomainError } from './domain-error.js';
import { type RemoteSession, RemoteSessions } from './remote-sessions.js';
import type { ActionOrigin, ActionRecord, ActionTarget } from './types.js';

export interface ActionLogState {
  journal: ActionJournalState;
  remoteSessions: RemoteSession[];
}

/** What accepted ACTIONs leave behind: the journal, and the remote sessions they opened. */
export class ActionLog {
  readonly #journal: ActionJournal;
  readonly #remoteSessions: RemoteSessions;

  constructor(clock: () => number, limit: number) {
    this.#journal = new ActionJournal(clock, limit);
    this.#remoteSessions = new RemoteSessions(limit);
  }

  /** Bytes the journal and the open remote sessions take in the memory budget. */
  get bytes(): number {
    return this.#journal.bytes + this.#remoteSessions.bytes;
  }

  /** Journals an accepted ACTION and opens its remote session. */
  record(origin: ActionOrigin, target: ActionTarget, action: string): ActionRecord {
    const record = this.#journal.append(origin, target, action);
    this.#remoteSessions.open(record);
    return record;
  }

  list(filter?: ActionFilter): ActionRecord[] {
    return this.#journal.list(filter);
  }

  count(filter?: ActionFilter): number {
    return this.#journal.count(filter);
  }

  /** Empties the journal; sequence numbers keep counting. */
  clear(): void {
    this.#journal.clear();
  }

  remoteSessions(): RemoteSession[] {
    return this.#remoteSessions.list();
  }

  endRemoteSession(id: number): void {
    if (!this.#remoteSessions.end(id)) throw new DomainError('not-found', `no remote session ${id} is open`);
  }

  endAllRemoteSessions(): void {
    this.#remoteSessions.endAll();
  }

  /** Nothing journaled, nothing open, sequence numbers from 1: as after a fresh start. */
  reset(): void {
    this.#journal.reset();
    this.#remoteSessions.endAll();
  }

  save(): ActionLogState {
    return { journal: this.#journal.save(), remoteSessions: this.#remoteSessions.save() };
  }

  load(state: ActionLogState): void {
    this.#journal.load(state.journal);
    this.#remoteSessions.load(state.remoteSessions);
  }
}
