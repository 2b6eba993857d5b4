/**
 * Soak: does the mock stay flat under a few minutes of mixed traffic? Starts the built server on loopback,
 * and has each worker run, in its own X-Mock-Session, cycles that call all 24 operations (what a cycle creates
 * it deletes, so the data does not grow), ACTIONs, credential updates, reads and invalid requests (bad JSON,
 * unknown paths and methods, wrong media types, oversized bodies, a request-smuggling attempt on a raw socket).
 * Every few seconds it samples the server's RSS. At the end it prints the trend and the answers by status
 * class, stops the server with SIGTERM, and exits non-zero if a 5xx or an unexpected status happened, the
 * server did not exit 0, or the last minute's mean RSS is more than 10% off the first minute's.
 *
 *   npm run soak [-- --minutes 3 --max-requests 2000000 --workers 8 --sample-seconds 5 --heap-cap 0]
 *
 * `--heap-cap <MiB>` runs the server with V8's old space capped, to tell garbage V8 has not collected yet
 * from memory really kept.
 */
import net from 'node:net';
import { Pool } from 'undici';
import { readScriptOptions } from '../scripts/lib/read-script-options.js';
import { MOCK_BIN, spawnServer } from './spawn-server.js';

const USAGE = `Usage: npm run soak [-- options]

Mixed traffic against the built mock; fails on a 5xx, an unexpected status or a growing RSS.

  --minutes <n>         how long (default 3)
  --max-requests <n>    stop earlier after this many requests (default 2000000)
  --workers <n>         concurrent workers, each in its own X-Mock-Session (default 8)
  --sample-seconds <n>  how often RSS is sampled (default 5)
  --heap-cap <MiB>      cap V8's old space in the server; 0 for none (default 0)
  --help, -h            this text`;

const { values } = readScriptOptions('soak', USAGE, {
  minutes: { type: 'string', default: '3' },
  'max-requests': { type: 'string', default: '2000000' },
  workers: { type: 'string', default: '8' },
  'sample-seconds': { type: 'string', default: '5' },
  'heap-cap': { type: 'string', default: '0' },
});
const durationMs = Number(values.minutes) * 60_000;
const maxRequests = Number(values['max-requests']);
const workers = Number(values.workers);
const sampleMs = Number(values['sample-seconds']) * 1000;
const heapCap = Number(values['heap-cap']);
const BODY_LIMIT = 1024 * 1024;

interface Sample {
  seconds: number;
  requests: number;
  rssMiB: number;
}
const counts = { '2xx': 0, '4xx': 0, '5xx': 0, other: 0, 'transport errors': 0 };
const unexpected: string[] = [];
let sent = 0;
let stopping = false;

type Call = (method: string, path: string, expected: number, body?: unknown, contentType?: string) => Promise<any>;

/** One worker's request function: its own mock session, JSON bodies, every status checked and counted. */
function caller(pool: Pool, session: string): Call {
  return async (method, path, expected, body, contentType = 'application/json') => {
    const headers: Record<string, string> = { 'x-mock-session': session };
    if (body !== undefined) headers['content-type'] = contentType;
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    if (++sent >= maxRequests) stopping = true;
    try {
      const response = await pool.request({ method, path, headers, body: payload });
      const text = await response.body.text();
      count(response.statusCode, expected, `${method} ${path}`, text);
      return response.statusCode === 200 && text.length > 0 ? JSON.parse(text) : {};
    } catch (error) {
      counts['transport errors']++;
      note(`${method} ${path}: ${(error as Error).message}`);
      return {};
    }
  };
}

function count(status: number, expected: number, what: string, detail: string): void {
  const kind = status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 200 && status < 300 ? '2xx' : 'other';
  counts[kind]++;
  if (status !== expected) note(`${what}: ${status}, expected ${expected}: ${detail.slice(0, 200)}`);
}

/** Keeps every unexpected outcome, and prints the first few as they happen. */
function note(problem: string): void {
  unexpected.push(problem);
  if (unexpected.length <= 5) console.error(`unexpected: ${problem}`);
}

/** Creates and deletes a group and a connection in it, with renames, credentials, a read and an ACTION. */
async function groupsAndConnections(call: Call, n: number): Promise<void> {
  await call('GET', '/groups', 200);
  await call('GET', '/nearby', 200);
  const { group_uid } = await call('PUT', '/group/', 200, { name: `Soak ${n}` });
  await call('PUT', `/group/${group_uid}`, 200, { name: `Soak ${n} renamed` });
  const { uid } = await call('PUT', '/connection/', 200, { name: `Kiosk ${n}`, category_uid: group_uid });
  await call('PUT', `/connection/${uid}`, 200, { name: `Kiosk ${n} renamed` });
  await call('PUT', `/connection/${uid}/credentials`, 200, { 'rdp.username': `user${n}`, 'rdp.password': `pw-${n}` });
  await call('GET', `/group/${group_uid}`, 200);
  await call('ACTION', `/connection/${uid}/connect`, 200);
  await call('DELETE', `/connection/${uid}/credentials`, 200);
  await call('DELETE', `/group/${group_uid}`, 409);
  await call('DELETE', `/connection/${uid}`, 200);
  await call('DELETE', `/group/${group_uid}`, 200);
}

/** Adds a connection to a computer, reads it, starts sessions on it, and removes it again. */
async function computers(call: Call, n: number): Promise<void> {
  await call('GET', '/computer/123456', 200);
  await call('PUT', '/computer/123456', 200, { name: 'Studio Mac' });
  await call('GET', '/computer/123456/connections', 200);
  await call('PUT', '/computer/123456/VNC_5902', 200, { quality: 'low', username: 'soak', password: `pw-${n}` });
  await call('GET', '/computer/123456/VNC_5902', 200);
  await call('GET', '/computer/123456/VNC_5902/credentials', 200);
  await call('GET', '/computer/123456/actions', 200);
  await call('ACTION', '/computer/123456/VNC_5902/control', 200);
  await call('ACTION', '/computer/123456/chat', 200);
  await call('ACTION', '/computer/123456/NEAR/observe', 200, {});
  await call('DELETE', '/computer/123456/VNC_5902/credentials', 200);
  await call('DELETE', '/computer/123456/VNC_5902', 200);
}

/** Requests the mock must refuse with a 4xx. */
async function invalid(call: Call, n: number, port: number): Promise<void> {
  await call('PUT', '/group/', 400, '{"name": ');
  await call('PUT', '/group/', 415, '{"name":"x"}', 'text/plain');
  await call('PUT', '/connection/1000-0001', 400, { name: '' });
  await call('GET', `/group/${n}`, 400);
  await call('GET', '/unknown', 404);
  await call('POST', '/groups', 405);
  await call('ACTION', '/connection/FFFF-0000/connect', 404);
  await call('ACTION', '/computer/654321/VNC_5901/observe', 409);
  if (n % 20 === 0) await call('PUT', '/group/', 413, `{"name":"${'x'.repeat(BODY_LIMIT)}"}`);
  if (n % 10 === 0) await smuggle(port);
}

/** An ACTION with both Content-Length and Transfer-Encoding on a raw socket: 400, connection closed. */
function smuggle(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (++sent >= maxRequests) stopping = true;
      count(Number(answer.split(' ')[1]), 400, 'smuggled ACTION', answer);
      resolve();
    });
    socket.end(
      'ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nACTION /connection/1000-0002/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    );
  });
}

async function worker(pool: Pool, index: number, port: number): Promise<void> {
  const session = `soak-${index}`;
  const call = caller(pool, session);
  for (let n = 1; !stopping; n++) {
    await groupsAndConnections(call, n);
    await computers(call, n);
    await invalid(call, n, port);
    if (n % 50 === 0) {
      await call('DELETE', '/computer/654321', 200);
      await call('GET', '/computer/654321', 404);
      await call('POST', '/__admin/reset', 200);
    }
    if (n % 200 === 0) await call('DELETE', `/__admin/mock-sessions/${session}`, 200);
  }
}

function mean(samples: Sample[]): number {
  return samples.reduce((sum, s) => sum + s.rssMiB, 0) / Math.max(1, samples.length);
}

function report(samples: Sample[], exitCode: number | null): boolean {
  const totalSeconds = samples.at(-1)?.seconds ?? 0;
  const windowSeconds = Math.min(60, totalSeconds / 3);
  const first = samples.filter((s) => s.seconds <= windowSeconds);
  const last = samples.filter((s) => s.seconds > totalSeconds - windowSeconds);
  const drift = ((mean(last) - mean(first)) / mean(first)) * 100;
  console.log(
    `\nRSS mean, first ${windowSeconds.toFixed(0)} s: ${mean(first).toFixed(1)} MiB; last ${windowSeconds.toFixed(0)} s: ${mean(last).toFixed(1)} MiB; change ${drift >= 0 ? '+' : ''}${drift.toFixed(1)}% (limit ±10%)`,
  );
  console.log(
    `answers: ${sent} requests; 2xx ${counts['2xx']}, 4xx ${counts['4xx']}, 5xx ${counts['5xx']}, other ${counts.other}, transport errors ${counts['transport errors']}; unexpected ${unexpected.length}`,
  );
  console.log(`server after SIGTERM: exit code ${exitCode}`);
  const ok = counts['5xx'] === 0 && counts.other === 0 && unexpected.length === 0 && Math.abs(drift) <= 10 && exitCode === 0;
  console.log(ok ? 'soak: flat, no 5xx' : 'soak: FAILED');
  return ok;
}

const nodeFlags = heapCap > 0 ? [`--max-old-space-size=${heapCap}`] : [];
const server = await spawnServer([...nodeFlags, MOCK_BIN, '--port', '0', '--host', '127.0.0.1', '--log', 'off']);
const url = new URL(server.url);
if (url.hostname !== '127.0.0.1') throw new Error(`the soak runs on loopback only, not ${url.hostname}`);
console.log(
  `soak: ${values.minutes} min or ${maxRequests} requests, ${workers} workers on ${server.url}, node ${nodeFlags.join(' ') || '(no heap cap)'}`,
);
console.log('  time  requests    req/s  RSS MiB     2xx     4xx  5xx  unexpected');
const pool = new Pool(server.url, { connections: workers, pipelining: 1 });
const started = performance.now();
const samples: Sample[] = [];
let previous = 0;
const sampler = setInterval(() => {
  const seconds = Math.round((performance.now() - started) / 1000);
  const sample = { seconds, requests: sent, rssMiB: server.rssMiB() };
  samples.push(sample);
  const rate = Math.round((sent - previous) / (sampleMs / 1000));
  previous = sent;
  console.log(
    `${`${seconds}s`.padStart(6)} ${String(sent).padStart(9)} ${String(rate).padStart(8)} ${sample.rssMiB.toFixed(1).padStart(8)} ${String(counts['2xx']).padStart(7)} ${String(counts['4xx']).padStart(7)} ${String(counts['5xx']).padStart(4)} ${String(unexpected.length).padStart(11)}`,
  );
  if (seconds * 1000 >= durationMs) stopping = true;
}, sampleMs);
const stopTimer = setTimeout(() => (stopping = true), durationMs + sampleMs);
try {
  await Promise.all(Array.from({ length: workers }, (_, i) => worker(pool, i, Number(url.port))));
} finally {
  clearInterval(sampler);
  clearTimeout(stopTimer);
  await pool.close();
}
server.child.kill('SIGTERM');
const exitCode = await new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
process.exitCode = report(samples, exitCode) ? 0 : 1;
