/**
 * npm run bench:compare -- <bin.mjs> <other bin.mjs> [...]: is a change faster? On a noisy machine a
 * throughput figure moves by a third from one run to the next, so this loads two (or more) builds of the
 * mock in short alternating rounds and keeps, per build, the median of the server's own CPU time per request
 * (user + system, from /proc/<pid>/stat): what the change costs, whatever the client and the neighbours do.
 *
 *   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && npm ci && npm run build)
 *   npm run build && npm run bench:compare -- /tmp/before/dist/bundle/bin.mjs dist/bundle/bin.mjs
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failUsage, readScriptOptions } from '../scripts/lib/read-script-options.js';
import { type LoadResult, median, runLoad } from './load-client.js';
import { SCENARIOS } from './scenarios.js';
import { type SpawnedServer, spawnServer } from './spawn-server.js';

const USAGE = `Usage: npm run bench:compare -- <bin.mjs> <bin.mjs> [...] [options]

Loads builds of the mock (each a dist/bundle/bin.mjs) in alternating rounds; prints per build the median
server CPU time per request and requests/s.

  --scenarios <list>  comma-separated, of ${SCENARIOS.map((s) => s.key).join(', ')} (default all)
  --rounds <n>        alternating rounds; the median is kept (default 20)
  --ms <n>            length of a measured round (default 300)
  --connections <n>   keep-alive connections of the load client (default 10)
  --baselines         also load the bench's bare node:http server and plain Hono in the same rounds, and print
                      each build's own work: its CPU time per request less Hono's
  --help, -h          this text`;

const { values, positionals: bins } = readScriptOptions(
  'bench:compare',
  USAGE,
  {
    scenarios: { type: 'string', default: SCENARIOS.map((s) => s.key).join(',') },
    rounds: { type: 'string', default: '20' },
    ms: { type: 'string', default: '300' },
    connections: { type: 'string', default: '10' },
    baselines: { type: 'boolean', default: false },
  },
  { allowPositionals: true },
);
if (bins.length < (values.baselines ? 1 : 2))
  failUsage('bench:compare', USAGE, 'give at least two builds to compare (or one, with --baselines)');
const scenarios = values.scenarios
  .split(',')
  .map((key) => SCENARIOS.find((s) => s.key === key) ?? failUsage('bench:compare', USAGE, `no scenario ${key}`));
const [rounds, durationMs, connections] = [Number(values.rounds), Number(values.ms), Number(values.connections)];

interface Round {
  cpuUsPerRequest: number;
  load: LoadResult;
}

async function measure(server: SpawnedServer, request: Buffer): Promise<Round> {
  const port = Number(new URL(server.url).port);
  await runLoad({ port, request, connections, durationMs: 100 });
  const before = server.cpuMs();
  const load = await runLoad({ port, request, connections, durationMs });
  return { cpuUsPerRequest: ((server.cpuMs() - before) * 1000) / load.requests, load };
}

const HONO = fileURLToPath(new URL('./hono-server.mjs', import.meta.url));
const BASELINES = [fileURLToPath(new URL('./bare-server.mjs', import.meta.url)), HONO];
const baselines = values.baselines ? BASELINES : [];
const servers = await Promise.all([
  ...bins.map((bin) => spawnServer([bin, '--port', '0', '--log', 'off'])),
  ...baselines.map((bin) => spawnServer([bin, '0'])),
]);
/** Whether server i is a baseline (sent what `npm run bench` sends them: POST for ACTION). */
const isBaseline = (i: number) => i >= bins.length;
try {
  console.log(`bench:compare: ${rounds} alternating rounds of ${durationMs} ms, ${connections} connections; medians`);
  const names = [...bins, ...baselines].map((bin) => relative(process.cwd(), bin) || bin);
  for (const scenario of scenarios) {
    const runs: Round[][] = servers.map(() => []);
    // A second of warm-up each, so that the rounds compare optimized code, not the JIT's first passes.
    const requestOf = (i: number) => (isBaseline(i) ? scenario.bare : scenario.request);
    for (const [i, server] of servers.entries())
      await runLoad({ port: Number(new URL(server.url).port), request: requestOf(i), connections, durationMs: 1000 });
    for (let round = 0; round < rounds; round++) {
      // A B, then B A: whichever build goes first in a round has no lasting advantage.
      const order = round % 2 === 0 ? [...servers.keys()] : [...servers.keys()].reverse();
      for (const i of order) runs[i]!.push(await measure(servers[i]!, requestOf(i)));
    }
    const cpus = runs.map((build) => median(build.map((r) => r.cpuUsPerRequest)));
    const hono = values.baselines ? cpus[bins.length + BASELINES.indexOf(HONO)]! : undefined;
    const cells = runs.map((build, i) => {
      const statuses = new Set(build.flatMap((r) => Object.keys(r.load.statuses)));
      const cpu = cpus[i]!;
      const rate = median(build.map((r) => r.load.perSecond));
      const own = hono !== undefined && !isBaseline(i) ? ` (own ${(cpu - hono).toFixed(1)})` : '';
      return `${names[i]}: ${cpu.toFixed(1)} µs/request${own}, ${Math.round(rate)}/s${statuses.size === 1 && statuses.has('200') ? '' : ` (statuses ${[...statuses].join(',')})`}`;
    });
    console.log(`${scenario.name.padEnd(34)} ${cells.join('   ')}`);
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
}
