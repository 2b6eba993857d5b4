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
  /** Each open session with its size, measured once. */
  #open = new Map<number, { session: RemoteSession; bytes: number }>();
  #bytes = 0;

  constructor(private readonly limit: number) {}

  /** Bytes the open remote sessions take in the memory budget: their JSON size. */
  get bytes(): number {
    return this.#bytes;
  }

  open(action: ActionRecord): void {
    const session: RemoteSession = {
      id: action.seq,
      target: { ...action.target },
      kind: action.action === 'connect' ? 'control' : action.action,
      path: action.path,
      started: action.time,
    };
    const bytes = sizeOf(session);
    this.#open.set(session.id, { session, bytes });
    this.#bytes += bytes;
    if (this.#open.size > this.limit) this.end(this.#open.keys().next().value!);
  }

  list(): RemoteSession[] {
    return [...this.#open.values()].map(({ session }) => copySession(session));
  }

  /** False when no open remote session has this id. */
  end(id: number): boolean {
    const open = this.#open.get(id);
    if (open) this.#bytes -= open.bytes;
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
    this.#open = new Map(structuredClone(sessions).map((session) => [session.id, { session, bytes: sizeOf(session) }]));
    this.#bytes = [...this.#open.values()].reduce((sum, { bytes }) => sum + bytes, 0);
  }
}

const sizeOf = (session: RemoteSession) => JSON.stringify(session).length;

function copySession(session: RemoteSession): RemoteSession {
  return { ...session, target: { ...session.target } };
}
