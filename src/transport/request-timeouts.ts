import type { Server } from 'node:http';
import type { FramedConnection } from './framed-connection.js';

/**
 * The server's headers and request timeouts, held by the framer's clock: a message starts when its first
 * byte arrives, not when Node's parser sees it (the framer may hold the first bytes back). Checked every
 * `connectionsCheckingInterval`, as Node checks its own, while the server listens; the values are read at
 * each check, so changing `server.headersTimeout` later works as it does in Node.
 */
export function watchTimeouts(server: Server): { add(connection: FramedConnection): void } {
  const live = new Set<FramedConnection>();
  let timer: NodeJS.Timeout | null = null;
  const check = (): void => {
    const now = performance.now();
    for (const connection of live) {
      if (connection.expired(now, server.headersTimeout, server.requestTimeout)) connection.timeOut();
    }
  };
  const stop = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  const start = (): void => {
    stop();
    const interval = (server as Server & { connectionsCheckingInterval?: number }).connectionsCheckingInterval ?? 30_000;
    timer = setInterval(check, interval);
    timer.unref();
  };
  server.on('listening', start);
  server.on('close', stop);
  if (server.listening) start();
  return {
    add(connection) {
      live.add(connection);
      connection.bridge.once('close', () => live.delete(connection));
    },
  };
}
