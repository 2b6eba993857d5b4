import net from 'node:net';

/** One HTTP/1.1 response as read off the wire. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A raw TCP client connection that reads HTTP responses as they arrive. */
export interface RawConnection {
  /** Write bytes; a string is sent as latin1 (one byte per character). */
  write(data: string | Buffer): void;
  /** Resolve with the next `count` responses (rejects if the server closes first). */
  responses(count: number): Promise<RawResponse[]>;
  /**
   * Resolve once the server has closed the connection: the responses not yet
   * taken, the unparsed rest, and every byte received on the connection (latin1).
   */
  closed(): Promise<{ responses: RawResponse[]; rest: string; all: string }>;
  /** Half-close: no more writes from the client. */
  end(): void;
  destroy(): void;
}

const open = new Set<net.Socket>();

/** Destroy every connection opened by openRawConnection (for afterEach). */
export function destroyRawConnections(): void {
  for (const socket of open) socket.destroy();
  open.clear();
}

export async function openRawConnection(port: number): Promise<RawConnection> {
  const socket = net.connect(port, '127.0.0.1');
  open.add(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let received = '';
  let all = '';
  let ended = false;
  const parsed: RawResponse[] = [];
  const waiters = new Set<() => void>();
  const wake = (): void => {
    for (const waiter of waiters) waiter();
  };
  socket.on('data', (chunk: Buffer) => {
    all += chunk.toString('latin1');
    received += chunk.toString('latin1');
    received = takeResponses(received, parsed);
    wake();
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    ended = true;
    open.delete(socket);
    wake();
  });
  const until = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (!done()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  return {
    write: (data) => socket.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data),
    async responses(count) {
      await until(() => parsed.length >= count || ended);
      if (parsed.length < count) throw new Error(`connection closed after ${parsed.length} responses: ${received}`);
      return parsed.splice(0, count);
    },
    async closed() {
      await until(() => ended);
      return { responses: parsed.splice(0), rest: received, all };
    },
    end: () => socket.end(),
    destroy: () => socket.destroy(),
  };
}

/** Move every complete response at the start of `text` into `into`; returns the rest. */
function takeResponses(text: string, into: RawResponse[]): string {
  let rest = text;
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd === -1) return rest;
    const [statusLine = '', ...lines] = rest.slice(0, headEnd).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (rest.length < headEnd + 4 + length) return rest;
    into.push({ status: Number(statusLine.split(' ')[1]), headers, body: rest.slice(headEnd + 4, headEnd + 4 + length) });
    rest = rest.slice(headEnd + 4 + length);
  }
}
