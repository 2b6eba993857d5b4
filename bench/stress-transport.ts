/**
 * Stress of the ACTION transport: can anything a client does to a connection crash the mock? Starts the built
 * server with a short headers timeout and, for a minute, keeps open at once: slow ACTION heads (one byte every
 * --byte-ms, on fresh connections and on ones that already carried an ACTION) that must each get a 408 in
 * time, many of them timing out in the same check; connections aborted (reset) at random points of a request;
 * and keep-alive clients whose GETs and ACTIONs must keep getting 200. Prints the figures; exits non-zero if
 * the server died, answered a 5xx, a slow head got no 408 in time, or a keep-alive client lost an answer.
 *
 *   npm run stress:transport [-- --seconds 60 --slow 24 --aborts 8 --busy 4 --byte-ms 700 --headers-timeout-ms 2000]
 */
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { readScriptOptions } from '../scripts/lib/read-script-options.js';
import { MOCK_BIN, spawnServer } from './spawn-server.js';

const USAGE = `Usage: npm run stress:transport [-- options]

Slow, aborted and busy ACTION connections at once against the built mock, for a while.

  --seconds <n>             how long (default 60)
  --slow <n>                slow ACTION heads open at once (default 24)
  --aborts <n>              clients aborting requests at random points (default 8)
  --busy <n>                keep-alive clients sending GET and ACTION (default 4)
  --byte-ms <n>             pause between the bytes of a slow head (default 700)
  --headers-timeout-ms <n>  the server's --headers-timeout-ms (default 2000)
  --bin <path>              the bin to stress (default this checkout's dist/bundle/bin.mjs)
  --help, -h                this text`;

const { values } = readScriptOptions('stress:transport', USAGE, {
  seconds: { type: 'string', default: '60' },
  slow: { type: 'string', default: '24' },
  aborts: { type: 'string', default: '8' },
  busy: { type: 'string', default: '4' },
  'byte-ms': { type: 'string', default: '700' },
  'headers-timeout-ms': { type: 'string', default: '2000' },
  bin: { type: 'string', default: MOCK_BIN },
});
const [seconds, slow, aborts, busy, byteMs, headersTimeoutMs] = [
  values.seconds,
  values.slow,
  values.aborts,
  values.busy,
  values['byte-ms'],
  values['headers-timeout-ms'],
].map(Number) as [number, number, number, number, number, number];
/** A 408 must come within the timeout plus one check interval (1 s at most) plus this much slack. */
const LATE_MS = headersTimeoutMs + 1000 + 1000;
const ACTION = 'ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n';
const figures = { slowHeads: 0, answered408: 0, lateOrMissing: 0, maxMsTo408: 0, aborted: 0, busyRequests: 0, lostAnswers: 0, fiveXX: 0 };
const problems: string[] = [];

const server = await spawnServer([values.bin, '--port', '0', '--log', 'off', '--headers-timeout-ms', String(headersTimeoutMs)]);
const { port } = new URL(server.url);
const deadline = Date.now() + seconds * 1000;
let died: string | null = null;
server.child.once('exit', (code, signal) => {
  died = `server exited during the run: code ${code}, signal ${signal}`;
});
const running = () => Date.now() < deadline && died === null;
const random = (below: number) => Math.floor(Math.random() * below);

/** A new connection, or null once the server no longer takes any (it is then reported as dead). */
function open(): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.setNoDelay(true);
    socket.once('error', (error) => {
      died ??= `connection refused: ${error.message}`;
      resolve(null);
    });
  });
}

/** Waits until `done()` or `ms` passed; false on timeout. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > ms) return false;
    await sleep(2);
  }
  return true;
}

/** Statuses of the responses read so far on `socket` (heads only; every body here has a Content-Length). */
function statuses(socket: net.Socket): { list: number[]; closed: Promise<void> } {
  const list: number[] = [];
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
    let end = 0;
    for (const match of text.matchAll(/HTTP\/1\.1 (\d{3})/g)) {
      list.push(Number(match[1]));
      end = match.index + match[0].length;
    }
    // What follows the last status line read may be the start of the next one, cut by the chunk boundary.
    text = text.slice(Math.max(end, text.length - 11));
  });
  socket.on('error', () => undefined);
  return { list, closed: new Promise((resolve) => socket.once('close', () => resolve())) };
}

/** One slow head after another; a third of them on a connection that first carried an ACTION. */
async function slowHeads(): Promise<void> {
  await sleep(random(byteMs * 3));
  while (running()) {
    const socket = await open();
    if (socket === null) return;
    const seen = statuses(socket);
    const framed = random(3) === 0;
    if (framed) {
      socket.write(`${ACTION}\r\n`);
      if (!(await until(() => seen.list.length > 0, 5000)) || seen.list[0] !== 200)
        problems.push(`ACTION before a slow head: ${seen.list[0] ?? 'no answer'}`);
    }
    figures.slowHeads++;
    const started = Date.now();
    const head = `${ACTION}X-Slow: ${'s'.repeat(40)}\r\n\r\n`;
    for (let at = 0; at < head.length && !socket.destroyed && seen.list.length < (framed ? 2 : 1); at++) {
      socket.write(head[at] as string);
      await Promise.race([sleep(byteMs * (0.7 + Math.random() * 0.6)), seen.closed]);
      if (Date.now() - started > LATE_MS) break;
    }
    const got = seen.list[framed ? 1 : 0];
    const ms = Date.now() - started;
    if (got === 408 && ms <= LATE_MS) figures.answered408++;
    else {
      figures.lateOrMissing++;
      problems.push(`slow head (${framed ? 'framed' : 'fresh'}): ${got ?? 'no answer'} after ${ms} ms`);
    }
    figures.maxMsTo408 = Math.max(figures.maxMsTo408, got === 408 ? ms : 0);
    socket.destroy();
  }
}

/** Write part of a request (head, body or chunked framing), wait a little, then reset the connection. */
async function abortedRequests(): Promise<void> {
  const requests = [
    `${ACTION}Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{"partial":`,
    `${ACTION}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{"a"\r\n`,
    `${ACTION}\r\nACTION /computer/123456/NEAR/observe HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}`,
  ];
  while (running()) {
    const socket = await open();
    if (socket === null) return;
    statuses(socket);
    const request = requests[random(requests.length)] as string;
    socket.write(request.slice(0, 1 + random(request.length)));
    await sleep(random(300));
    socket.resetAndDestroy();
    figures.aborted++;
  }
}

/** Keep-alive traffic that must go on untouched: GET and ACTION, one at a time, every answer a 200. */
async function busyClient(): Promise<void> {
  while (running()) {
    const socket = await open();
    if (socket === null) return;
    const seen = statuses(socket);
    for (let i = 0; i < 50 && running() && !socket.destroyed; i++) {
      const expected = seen.list.length + 1;
      socket.write(i % 2 === 0 ? 'GET /groups HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' : `${ACTION}\r\n`);
      await until(() => seen.list.length >= expected || socket.destroyed, 5000);
      figures.busyRequests++;
      const status = seen.list[expected - 1];
      if (status !== 200) {
        figures.lostAnswers++;
        problems.push(`keep-alive request ${i}: ${status ?? 'no answer'}`);
      }
      if (status !== undefined && status >= 500) figures.fiveXX++;
    }
    socket.destroy();
  }
}

const rss: number[] = [server.rssMiB()];
const sampler = setInterval(() => died === null && rss.push(server.rssMiB()), 5000);
const started = Date.now();
await Promise.all([
  ...Array.from({ length: slow }, () => slowHeads()),
  ...Array.from({ length: aborts }, () => abortedRequests()),
  ...Array.from({ length: busy }, () => busyClient()),
]);
clearInterval(sampler);
const alive = died === null;
if (alive) await server.stop();
const exitCode = server.child.exitCode;

console.log(
  `stress:transport: ${((Date.now() - started) / 1000).toFixed(0)} s, --headers-timeout-ms ${headersTimeoutMs}, a byte every ~${byteMs} ms`,
);
console.log(
  `  slow ACTION heads:        ${figures.slowHeads} (${slow} at once), 408 in time: ${figures.answered408}, late or missing: ${figures.lateOrMissing}, longest until the 408: ${figures.maxMsTo408} ms`,
);
console.log(`  aborted connections:      ${figures.aborted}`);
console.log(`  keep-alive GET/ACTION:    ${figures.busyRequests}, lost or not 200: ${figures.lostAnswers}, 5xx: ${figures.fiveXX}`);
console.log(`  server RSS (MiB):         start ${rss[0]?.toFixed(1)}, max ${Math.max(...rss).toFixed(1)}, end ${rss.at(-1)?.toFixed(1)}`);
console.log(`  server:                   ${alive ? `alive to the end, exit code ${exitCode} after SIGTERM` : died}`);
for (const problem of problems.slice(0, 20)) console.log(`  ! ${problem}`);
const failed = !alive || exitCode !== 0 || figures.lateOrMissing > 0 || figures.lostAnswers > 0 || figures.fiveXX > 0;
process.exit(failed ? 1 : 0);
