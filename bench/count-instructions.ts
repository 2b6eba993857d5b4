/**
 * npm run bench:instructions -- <bin.mjs> [<bin.mjs> ...]: what a change costs, in instructions, which a
 * shared and noisy machine does not move. Runs each build under callgrind (`node --single-threaded`, so that
 * no helper thread's timing changes the count), sends it a few and then many requests one after another on
 * one keep-alive connection, and prints the difference per request: start-up cancels out. So does warm-up,
 * but only once both runs are past it: V8 keeps compiling hot code for thousands of requests, and a short run
 * (200 and 2,200) counted mostly the compiler (700k instructions per GET, where 4,000 and 9,000 count 100k).
 * Two runs of one build agreed within 1.5%. Slow: a few minutes per build and scenario. Needs valgrind.
 *
 *   npm run build && npm run bench:instructions -- /tmp/before/dist/bundle/bin.mjs dist/bundle/bin.mjs
 *   npm run bench:instructions -- --bare bench/bare-server.mjs bench/hono-server.mjs   (the baselines)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { relative } from 'node:path';
import { failUsage, readScriptOptions } from '../scripts/lib/read-script-options.js';
import { SCENARIOS } from './scenarios.js';

const USAGE = `Usage: npm run bench:instructions -- <bin.mjs> [<bin.mjs> ...] [options]

Instructions per request of each build (callgrind), from the difference between two runs.

  --scenarios <list>  comma-separated, of ${SCENARIOS.map((s) => s.key).join(', ')} (default groups,action)
  --few <n>           requests of the short run (default 4000)
  --many <n>          requests of the long run (default 9000)
  --bare              the builds are the bench's baselines (bench/bare-server.mjs, bench/hono-server.mjs):
                      started with a port only, sent what they are sent in npm run bench (POST for ACTION)
  --help, -h          this text`;

const { values, positionals: bins } = readScriptOptions(
  'bench:instructions',
  USAGE,
  {
    scenarios: { type: 'string', default: 'groups,action' },
    few: { type: 'string', default: '4000' },
    many: { type: 'string', default: '9000' },
    bare: { type: 'boolean', default: false },
  },
  { allowPositionals: true },
);
if (bins.length === 0) failUsage('bench:instructions', USAGE, 'give at least one build');
const scenarios = values.scenarios
  .split(',')
  .map((key) => SCENARIOS.find((s) => s.key === key) ?? failUsage('bench:instructions', USAGE, `no scenario ${key}`));
const [few, many] = [Number(values.few), Number(values.many)];

/** Total instructions callgrind counted in the server while it answered `count` requests (and started, and stopped). */
async function instructions(bin: string, request: Buffer, count: number): Promise<number> {
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      '--smc-check=all-non-file',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      bin,
      ...(values.bare ? ['0'] : ['--port', '0', '--log', 'off']),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /http:\/\/[\d.]+:(\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`valgrind exited (${code}) before the server listened: ${stderr.slice(-500)}`)));
  });
  await sendSequentially(port, request, count);
  child.kill('SIGINT');
  await once(child, 'exit');
  const collected = /Collected : (\d+)/.exec(stderr);
  if (!collected) throw new Error(`no callgrind total: ${stderr.slice(-500)}`);
  return Number(collected[1]);
}

/** `count` requests on one connection, each sent once the previous response has fully arrived. */
function sendSequentially(port: number, request: Buffer, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let left = count;
    let buffer = '';
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        const length = /content-length: (\d+)/i.exec(buffer.slice(0, head));
        if (head < 0 || !length || buffer.length < head + 4 + Number(length[1])) return;
        buffer = buffer.slice(head + 4 + Number(length[1]));
        if (--left === 0) {
          socket.end();
          return resolve();
        }
        socket.write(request);
      }
    });
  });
}

console.log(`bench:instructions: callgrind, (${many} requests - ${few} requests) / ${many - few}, one keep-alive connection`);
for (const scenario of scenarios) {
  const cells: string[] = [];
  const request = values.bare ? scenario.bare : scenario.request;
  for (const bin of bins) {
    const perRequest = ((await instructions(bin, request, many)) - (await instructions(bin, request, few))) / (many - few);
    cells.push(`${relative(process.cwd(), bin) || bin}: ${Math.round(perRequest / 1000)}k instructions/request`);
  }
  console.log(`${scenario.name.padEnd(34)} ${cells.join('   ')}`);
}
