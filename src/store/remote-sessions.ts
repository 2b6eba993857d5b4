import type { ActionRecord, ActionTarget } from './types.js';

/** A remote session that an accepted ACTION opened (Remotix's API cannot read these; the mock can). */
export interface RemoteSession {
  /** The sequence number of the ACTION that opened it. */
  id: number;
  target: ActionTarget;
  /** control, observe, curtain, ft or chat. */
  kind: string;
  path: string;
  started: string;
}

/** The remote sessions open now, the oldest dropped past `limit`. */
export class RemoteSessions {
  #open = new Map<number, RemoteSession>();
  #bytes = 0;

  constructor(private readonly limit: number) {}

  /** Bytes the open remote sessions take in the memory budget: their JSON size. */
  get bytes(): number {
    return this.#bytes;
  }

  open(action: ActionRecord): RemoteSession {
    const session: RemoteSession = {
      id: action.seq,
      target: { ...action.target },
      kind: action.action === 'connect' ? 'control' : action.action,
      path: action.path,
      started: action.time,
    };
    this.#open.set(session.id, session);
    this.#bytes += sizeOf(session);
    if (this.#open.size > this.limit) this.end(this.#open.keys().next().value!);
    return copySession(session);
  }

  list(): RemoteSession[] {
    return [...this.#open.values()].map(copySession);
  }

  /** False when no open remote session has this id. */
  end(id: number): boolean {
    const session = this.#open.get(id);
    if (session) this.#bytes -= sizeOf(session);
    return this.#open.delete(id);
  }

  endAll(): void {
    this.#open.clear();
    this.#bytes = 0;
  }

  save(): RemoteSession[] {
    return this.list();
  }

  load(sessions: readonly RemoteSession[]): void {
    this.#open = new Map(structuredClone(sessions).map((session) => [session.id, session]));
    this.#bytes = [...this.#open.values()].reduce((sum, session) => sum + sizeOf(session), 0);
  }
}

const sizeOf = (session: RemoteSession) => JSON.stringify(session).length;

function copySession(session: RemoteSession): RemoteSession {
  return { ...session, target: { ...session.target } };
}
