import net from 'node:net';

/** One HTTP/1.1 response as read off the wire (interim 1xx responses are skipped). */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /** The body, chunked coding removed, decoded as UTF-8. */
  body: string;
}

export interface ExchangeResult {
  responses: WireResponse[];
  /** Whether the server closed the connection before we stopped listening. */
  closed: boolean;
  /** Whether we gave up waiting (`timeoutMs`). */
  timedOut: boolean;
}

export interface ExchangeOptions {
  /** Stop listening once this many responses have arrived; 0 waits for the server to close. */
  responses: number;
  /** Pause between two writes, in ms; 0 sends the next write as soon as the previous one is flushed. */
  gapMs?: number;
  /** Give up after this long, in ms. */
  timeoutMs?: number;
}

/**
 * Opens a TCP connection to `url`, writes `writes` one by one (each its own `write`, Nagle off), and
 * collects the responses until `responses` have arrived, the server closes, or `timeoutMs` passes. Write
 * errors after the server has answered and closed (EPIPE, ECONNRESET) are expected and ignored.
 */
export function exchange(url: string, writes: readonly Buffer[], options: ExchangeOptions): Promise<ExchangeResult> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.setNoDelay(true);
  let received: Buffer = Buffer.alloc(0);
  const responses: WireResponse[] = [];
  return new Promise((resolve) => {
    const finish = (closed: boolean, timedOut: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses, closed, timedOut });
    };
    const timer = setTimeout(() => finish(false, true), options.timeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => {
      received = takeResponses(Buffer.concat([received, chunk]), responses, false);
      if (options.responses > 0 && responses.length >= options.responses) finish(false, false);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      takeResponses(received, responses, true);
      finish(true, false);
    });
    socket.once('connect', () => void writeAll(socket, writes, options.gapMs ?? 0));
  });
}

async function writeAll(socket: net.Socket, writes: readonly Buffer[], gapMs: number): Promise<void> {
  for (const [index, bytes] of writes.entries()) {
    if (socket.destroyed || !socket.writable) return;
    if (index > 0 && gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    await new Promise<void>((resolve) => socket.write(bytes, () => resolve()));
  }
}

/** Moves every complete response at the start of `bytes` into `into`; returns the bytes left over. */
function takeResponses(bytes: Buffer, into: WireResponse[], atEnd: boolean): Buffer {
  let rest = bytes;
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd === -1) return rest;
    const [statusLine = '', ...lines] = rest.subarray(0, headEnd).toString('latin1').split('\r\n');
    const headers = parseHeaders(lines);
    const status = Number(statusLine.split(' ')[1]);
    const afterHead = rest.subarray(headEnd + 4);
    if (status >= 100 && status < 200) {
      rest = afterHead;
      continue;
    }
    const framed = readBody(afterHead, headers, atEnd);
    if (framed === null) return rest;
    into.push({ status, headers, body: framed.body.toString('utf8') });
    rest = framed.rest;
  }
}

function parseHeaders(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** The body that follows a head, or null if it has not fully arrived yet. */
function readBody(bytes: Buffer, headers: Record<string, string>, atEnd: boolean): { body: Buffer; rest: Buffer } | null {
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) return readChunked(bytes);
  if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    return bytes.length < length ? null : { body: bytes.subarray(0, length), rest: bytes.subarray(length) };
  }
  return atEnd ? { body: bytes, rest: Buffer.alloc(0) } : null;
}

function readChunked(bytes: Buffer): { body: Buffer; rest: Buffer } | null {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', offset);
    if (lineEnd === -1) return null;
    const size = parseInt(bytes.subarray(offset, lineEnd).toString('latin1'), 16);
    if (size === 0) {
      const end = bytes.indexOf('\r\n\r\n', lineEnd);
      if (end === -1) return null;
      return { body: Buffer.concat(parts), rest: bytes.subarray(end + 4) };
    }
    if (bytes.length < lineEnd + 2 + size + 2) return null;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}
