import { type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { BridgedSocket } from './bridged-socket.js';
import type { FramingError } from './framing-error.js';

/** What answering and rejecting need of a connection; a `FramedConnection` has it (stated here, not imported, to keep the two files out of a circle). */
export interface AnsweringConnection {
  readonly bridge: BridgedSocket;
  /** Responses to requests received in full that are not finished yet, in order. */
  awaited(): ServerResponse[];
  /** Whether a response is being written (its head sent, not finished). */
  writing(): boolean;
}

/**
 * Calls `done` once every request Node already received in full on the connection has been answered: Node
 * has read all that was forwarded to it, and the last of those responses has finished. The request whose
 * framing failed may have reached its handler with a body that will never end; it is not waited for.
 */
export function whenAnswered(connection: AnsweringConnection, done: () => void): void {
  const { bridge } = connection;
  const check = (): void => {
    if (bridge.destroyed) return;
    if (bridge.readableLength > 0) {
      setTimeout(check, 5).unref();
      return;
    }
    const last = connection.awaited().at(-1);
    if (last === undefined) {
      done();
      return;
    }
    const next = (): void => {
      last.removeListener('finish', next);
      last.removeListener('close', next);
      check();
    };
    last.once('finish', next);
    last.once('close', next);
  };
  check();
}

/**
 * Report an error on a connection the way Node reports its own parse errors and timeouts: `clientError`
 * (with the socket Node knows, the bridge) when the server listens for it; otherwise a bare status response,
 * unless a response is already being written, and the connection is closed.
 */
export function reportClientError(server: Server, connection: AnsweringConnection, error: FramingError): void {
  const { bridge } = connection;
  if (bridge.destroyed) return;
  if (server.listenerCount('clientError') > 0) {
    server.emit('clientError', error, bridge);
    return;
  }
  if (bridge.writable && !connection.writing())
    bridge.end(`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}\r\nConnection: close\r\n\r\n`);
  bridge.destroySoon();
}
