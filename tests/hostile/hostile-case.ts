/**
 * One entry of the hostile-input corpus: bytes sent over one TCP connection, and what must come back.
 * Whatever the case, the server must stay up, and the state export must be the same before and after.
 */
export interface HostileCase {
  /** What is sent, as the object of "answers … with": `malformed JSON`. */
  name: string;
  /** The bytes, in order; each element is one `write` on the socket. */
  writes: Buffer[];
  /** The status of each response, in order. Empty: no HTTP answer exists, the server closes the connection. */
  statuses: number[];
  /** Which mock: `standard` (the defaults), `small` (1 KiB body limit), `impatient` (500 ms header timeout). */
  server?: ServerName;
  /** Pause between writes, in ms. */
  gapMs?: number;
  /**
   * The last response must arrive within this many ms of the first write (for timeouts, which must hold; a
   * bound with a second to spare, never a speed test).
   */
  withinMs?: number;
  /** The ACTION journal afterwards, as `METHOD path` lines. Empty unless given. */
  actions?: string[];
  /**
   * Set while `src/` does not behave yet, to a short description: the test is expected to fail (`it.fails`).
   * Remove it once fixed (the test fails until it is removed). `HOSTILE_SHOW_KNOWN_ISSUES=1` shows the failures.
   */
  knownIssue?: string;
}

export type ServerName = 'standard' | 'small' | 'impatient';

/** The body limit of the `small` mock. */
export const SMALL_BODY_LIMIT = 1024;
/** The header timeout of the `impatient` mock, in ms. */
export const IMPATIENT_HEADERS_TIMEOUT_MS = 500;

export interface RequestParts {
  headers?: Record<string, string>;
  /** A string is sent as UTF-8; a Buffer as it is. */
  body?: string | Buffer;
  /** The Content-Type sent with a body; null sends none. */
  contentType?: string | null;
  /** false: no Content-Length header is added (the caller frames the body itself). */
  contentLength?: boolean;
}

/** A well-framed HTTP/1.1 request, with `Host`, and `Content-Type` and `Content-Length` for a body. */
export function request(method: string, path: string, parts: RequestParts = {}): Buffer {
  const body = typeof parts.body === 'string' ? Buffer.from(parts.body, 'utf8') : parts.body;
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1'];
  if (body !== undefined && parts.contentType !== null) lines.push(`Content-Type: ${parts.contentType ?? 'application/json'}`);
  if (body !== undefined && parts.contentLength !== false) lines.push(`Content-Length: ${body.length}`);
  for (const [name, value] of Object.entries(parts.headers ?? {})) lines.push(`${name}: ${value}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body ?? Buffer.alloc(0)]);
}

/** Bytes exactly as written; a string is taken as latin1 (one byte per character). */
export function bytes(...parts: Array<string | Buffer>): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));
}

/** `data` cut into writes of `size` bytes: a request split across many tiny TCP writes. */
export function tinyWrites(data: Buffer, size = 1): Buffer[] {
  const writes: Buffer[] = [];
  for (let offset = 0; offset < data.length; offset += size) writes.push(data.subarray(offset, offset + size));
  return writes;
}

/** A JSON text nested `depth` deep, arrays or objects. */
export function nestedJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}
