import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { FaultSet } from './faults/fault-set.js';

/**
 * What the mock can do to its own listening socket: stop accepting connections for the `app-not-running`
 * fault (connections already open stay up, so the admin API still answers on them), and close gracefully.
 */
export class ServerControl {
  #timer: NodeJS.Timeout | null = null;
  #refusing = false;

  constructor(
    private readonly server: Server,
    private readonly port: number,
    private readonly host: string,
  ) {}

  get refusing(): boolean {
    return this.#refusing;
  }

  /** Matches the listening socket to the default session's faults (`SessionController.onDefaultFaults`). */
  follow(faults: FaultSet): void {
    const state = faults.state(Date.now()).profile;
    if (state?.name === 'app-not-running') this.#refuse(state.remainingMs, faults);
    else this.#accept();
  }

  #refuse(remainingMs: number | null, faults: FaultSet): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = remainingMs === null ? null : setTimeout(() => this.follow(faults), remainingMs + 1);
    this.#timer?.unref();
    if (this.#refusing) return;
    this.#refusing = true;
    // net's close, not http's: http's would also drop idle keep-alive connections.
    NetServer.prototype.close.call(this.server);
  }

  #accept(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#refusing) return;
    this.#refusing = false;
    this.server.listen(this.port, this.host);
  }

  /** Stops accepting, lets requests in flight finish (up to `deadlineMs`), then resolves. */
  close(deadlineMs = 10_000): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    return new Promise((resolve) => {
      const deadline = setTimeout(() => this.server.closeAllConnections(), deadlineMs);
      // A keep-alive connection turns idle when its last response ends: close it then, not at its timeout.
      const sweep = setInterval(() => this.server.closeIdleConnections(), 50);
      deadline.unref();
      sweep.unref();
      const finish = () => {
        clearTimeout(deadline);
        clearInterval(sweep);
        resolve();
      };
      if (this.server.listening) this.server.close(finish);
      else whenDrained(this.server, finish);
    });
  }
}

/** For a server that no longer listens: calls `done` once its last connection has closed. */
function whenDrained(server: Server, done: () => void): void {
  const check = () =>
    server.getConnections((_, count) => {
      if (count === 0) done();
      else setTimeout(check, 50).unref();
    });
  check();
}
