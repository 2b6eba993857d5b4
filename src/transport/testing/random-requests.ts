/** Small deterministic PRNG (mulberry32) so failures are reproducible by seed. */
export function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random valid request, and the bytes the framer must turn it into. */
export interface RandomRequest {
  method: string;
  body: string;
  raw: string;
  rewritten: string;
}

const METHODS = ['GET', 'PUT', 'POST', 'ACTION', 'ACL', 'SOURCE'];
const TRICKY = ['ACTION / HTTP/1.1\r\n', '\r\n\r\n', '0\r\n\r\n', 'Content-Length: 9\r\n', 'ACT', '\r', '\n', 'x'];
const OPTIONAL_HEADERS = ['Cookie: c=1\r\n', 'connection: keep-alive\r\n', 'X-Y: ACTION /\r\n', 'User-Agent: u\r\n'];

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

/** `marker` is the header line (without CRLF) the framer injects after an ACTION request line. */
export function randomRequest(next: () => number, marker: string): RandomRequest {
  const method = pick(next, METHODS);
  let body = '';
  for (let parts = Math.floor(next() * 4); parts > 0; parts--) body += pick(next, TRICKY);
  const headers = `Host: h\r\n${OPTIONAL_HEADERS.filter(() => next() < 0.5).join('')}`;
  const chunked = next() < 0.5;
  const framing = chunked ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${body.length}\r\n`;
  const chunk = body.length ? `${body.length.toString(16)};e=1\r\n${body}\r\n` : '';
  const payload = chunked ? `${chunk}0\r\n${next() < 0.5 ? 'T: 1\r\n' : ''}\r\n` : body;
  const rest = ` /p HTTP/1.1\r\n${headers}${framing}\r\n${payload}`;
  const lineEnd = rest.indexOf('\r\n');
  const rewritten = method === 'ACTION' ? `SOURCE${rest.slice(0, lineEnd)}\r\n${marker}${rest.slice(lineEnd)}` : method + rest;
  return { method, body, raw: method + rest, rewritten };
}
