/**
 * npm run bench: the mock against the physical limit, a bare node:http server, measured in the same run.
 *
 * Both servers run as child processes and are loaded in turn by the same keep-alive client (this process,
 * 10 connections). Prints requests/s, p50 and p99 for each scenario with the ratio to the bare server,
 * then cold start, memory and scale, sessions (a new one's first answer, a reset, RSS with 100 idle ones at
 * 100, 10,000 and --scale-connections connections), and writes the tables to bench/results.md.
 *
 *   npm run bench [-- --seconds 5 --scale-connections 100000]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScriptOptions } from '../scripts/lib/read-script-options.js';
import { type LoadResult, median, medianRound, runLoad } from './load-client.js';
import { measureSessions } from './measure-sessions.js';
import { generateFixture, measureColdStart, measureScale } from './measure-start.js';
import { SCENARIOS } from './scenarios.js';
import { MOCK_BIN, type SpawnedServer, spawnServer } from './spawn-server.js';

const USAGE = `Usage: npm run bench [-- options]

The mock against a bare node:http server and plain Hono, in the same run, on loopback.

  --seconds <n>            length of each measured round per scenario and server (default 2)
  --rounds <n>             alternating rounds; the median is kept (default 3)
  --connections <n>        keep-alive connections of the load client (default 10)
  --scale-connections <n>  connections in the large scale fixture (default 100000)
  --out <file>             where the tables go (default bench/results.md)
  --help, -h               this text`;

const { values } = readScriptOptions('bench', USAGE, {
  seconds: { type: 'string', default: '2' },
  rounds: { type: 'string', default: '3' },
  connections: { type: 'string', default: '10' },
  'scale-connections': { type: 'string', default: '100000' },
  out: { type: 'string', default: fileURLToPath(new URL('./results.md', import.meta.url)) },
});
const durationMs = Number(values.seconds) * 1000;
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const BARE = fileURLToPath(new URL('./bare-server.mjs', import.meta.url));
const HONO = fileURLToPath(new URL('./hono-server.mjs', import.meta.url));

/** A warm-up, then a measured round: its load figures and the server's own CPU time (user + system) per request. */
async function load(server: SpawnedServer, request: Buffer): Promise<LoadResult & { cpuUs: number }> {
  const port = Number(new URL(server.url).port);
  await runLoad({ port, request, connections, durationMs: Math.min(1000, durationMs / 5) });
  const before = server.cpuMs();
  const result = await runLoad({ port, request, connections, durationMs });
  return { ...result, cpuUs: ((server.cpuMs() - before) * 1000) / result.requests };
}

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const fixed = (n: number, digits = 2) => n.toFixed(digits);

async function throughput(): Promise<string[]> {
  const bare = await spawnServer([BARE, '0']);
  const hono = await spawnServer([HONO, '0']);
  const mock = await spawnServer([MOCK_BIN, '--port', '0', '--log', 'off']);
  const lines = [
    row([
      'scenario',
      'bare req/s',
      'Hono req/s',
      'mock req/s',
      'mock ÷ bare',
      'mock ÷ Hono',
      'mock p50 ms',
      'mock p99 ms',
      'bare p50 ms',
      'bare p99 ms',
      'CPU µs/request: bare, Hono, mock',
      "mock's own CPU µs (mock − Hono)",
      'mock statuses',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
  ];
  try {
    for (const scenario of SCENARIOS) {
      const runs: Array<[LoadResult, LoadResult, LoadResult]> = [];
      const cpu: [number[], number[], number[]] = [[], [], []];
      for (let round = 0; round < rounds; round++) {
        const results = [await load(bare, scenario.bare), await load(hono, scenario.bare), await load(mock, scenario.request)] as const;
        runs.push([...results]);
        for (const [i, result] of results.entries()) cpu[i]!.push(result.cpuUs);
      }
      const [cb, ch, cm] = cpu.map(median) as [number, number, number];
      const [b, h, m] = [0, 1, 2].map((i) => medianRound(runs.map((run) => run[i]!))) as [LoadResult, LoadResult, LoadResult];
      const line = row([
        scenario.name,
        Math.round(b.perSecond),
        Math.round(h.perSecond),
        Math.round(m.perSecond),
        `${fixed(m.perSecond / b.perSecond)}×`,
        `${fixed(m.perSecond / h.perSecond)}×`,
        fixed(m.p50Ms),
        fixed(m.p99Ms),
        fixed(b.p50Ms),
        fixed(b.p99Ms),
        `${fixed(cb, 1)}, ${fixed(ch, 1)}, ${fixed(cm, 1)}`,
        fixed(cm - ch, 1),
        JSON.stringify(m.statuses),
      ]);
      console.log(line);
      lines.push(line);
    }
    lines.push('', `Mock RSS after the load: ${fixed(mock.rssMiB(), 1)} MiB.`);
  } finally {
    await Promise.all([bare.stop(), hono.stop(), mock.stop()]);
  }
  return lines;
}

/** A new session's first answer, its next one and a reset, per fixture size; RSS with 100 idle sessions. */
async function sessionTable(files: ReadonlyMap<number, string>): Promise<string[]> {
  const lines = [
    row(['fixture', "new session's first answer", 'its next answer', 'reset after a write', 'RSS', 'RSS with 100 idle sessions more']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
  ];
  const measured = await measureSessions([...files.values()]);
  const firsts = measured.map((figures) => figures.firstMs);
  for (const [i, size] of [...files.keys()].entries()) {
    const figures = measured[i]!;
    lines.push(
      row([
        `${size} connections`,
        `${fixed(figures.firstMs)} ms`,
        `${fixed(figures.againMs)} ms`,
        `${fixed(figures.resetMs)} ms`,
        `${fixed(figures.rssBeforeMiB, 1)} MiB`,
        `${fixed(figures.rssIdleMiB, 1)} MiB`,
      ]),
    );
  }
  lines.push(
    '',
    `Each figure is the median of 30 sessions per fixture, the servers taking turns (GET /group/{uid} of 100 items, then a PUT /group/ and POST /__admin/reset with its X-Mock-Session), over HTTP on a warm connection. A new session's first answer on the largest fixture is ${fixed(firsts.at(-1)! / firsts[0]!)}× the one on 100 connections.`,
  );
  return lines;
}

async function main(): Promise<void> {
  const started = new Date().toISOString();
  console.log(
    `remotix-mock bench: ${connections} connections, ${rounds} alternating rounds of ${durationMs / 1000} s per scenario and server (medians), Node ${process.version}\n`,
  );
  const table = await throughput();
  const cold = await measureColdStart(MOCK_BIN, BARE);
  console.log(`\n${cold.join('\n')}`);
  const dir = await mkdtemp(join(tmpdir(), 'remotix-bench-'));
  let scale: string[];
  let sessions: string[];
  try {
    const total = Number(values['scale-connections']);
    const sizes = [...new Set([100, 10_000, total])].sort((a, b) => a - b);
    const files = new Map<number, string>();
    for (const size of sizes) files.set(size, await generateFixture(dir, size));
    scale = await measureScale({ small: files.get(100)!, large: files.get(total)! }, total);
    console.log(`\n${scale.join('\n')}`);
    sessions = await sessionTable(files);
    console.log(`\n${sessions.join('\n')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const report = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${started}: Node ${process.version}, ${connections} keep-alive connections,`,
    `${rounds} alternating rounds of ${durationMs / 1000} s per scenario and server (the median round is shown),`,
    'client and servers on the same 2-core machine (loopback).',
    'The bare server answers every request with a fixed small JSON; "Hono" is Hono on @hono/node-server answering the same,',
    "the framework's own cost. Neither can parse ACTION, so their ACTION row is a POST.",
    'The mock runs with `--log off` and the default fixtures.',
    "CPU µs/request is each server's own CPU time (user + system, /proc) over a measured round, divided by its requests (median",
    "of the rounds): unlike requests/s it does not move with the client, which shares the cores. The mock's own work is",
    "its figure less Hono's.",
    '',
    '## Throughput',
    '',
    ...table,
    '',
    '## Cold start',
    '',
    ...cold,
    '',
    '## Memory and scale',
    '',
    ...scale,
    '',
    '## Sessions',
    '',
    ...sessions,
    '',
  ];
  await writeFile(values.out!, report.join('\n'));
  console.log(`\nwritten to ${values.out}`);
}

await main();
