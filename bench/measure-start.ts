import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadFixtureFile } from '../src/fixtures/load-fixture-file.js';
import { loadDescriptions } from '../src/load-descriptions.js';
import { Store } from '../src/store/store.js';
import { httpRequest, type LoadResult, median, medianRound, runLoad } from './load-client.js';
import { MOCK_BIN, spawnServer } from './spawn-server.js';

const GENERATOR = fileURLToPath(new URL('../scripts/generate-fixtures.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

function getStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

/** Spawn → first 200 on GET /groups, in ms, and the RSS (MiB) right then. */
async function spawnToFirst200(args: string[]): Promise<{ ms: number; rssMiB: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    args.map((a) => a.replace('{port}', String(port))),
    { stdio: 'ignore' },
  );
  try {
    while ((await getStatus(port, '/groups')) !== 200) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const ms = performance.now() - started;
    const rssMiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
    return { ms, rssMiB };
  } finally {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
}

/** The median of 7 spawn-to-first-200 times, alternating, for the mock and for a bare node process. */
export async function measureColdStart(mockBin: string, bareScript: string): Promise<string[]> {
  const mock: Array<{ ms: number; rssMiB: number }> = [];
  const bare: Array<{ ms: number; rssMiB: number }> = [];
  for (let i = 0; i < 7; i++) {
    bare.push(await spawnToFirst200([bareScript, '{port}']));
    mock.push(await spawnToFirst200([mockBin, '--port', '{port}', '--log', 'off']));
  }
  const m = median(mock.map((r) => r.ms));
  const b = median(bare.map((r) => r.ms));
  return [
    '| process | spawn to first 200 (median of 7) | RSS then |',
    '| --- | ---: | ---: |',
    `| bare node:http | ${b.toFixed(0)} ms | ${median(bare.map((r) => r.rssMiB)).toFixed(1)} MiB |`,
    `| remotix-mock, default fixtures | ${m.toFixed(0)} ms | ${median(mock.map((r) => r.rssMiB)).toFixed(1)} MiB |`,
    '',
    `Cold start ratio: ${(m / b).toFixed(2)}× a bare node process.`,
  ];
}

/** Writes a generated fixture of `connections` connections in groups of 100 (group A000-0000 always has 100 items). */
export async function generateFixture(dir: string, connections: number): Promise<string> {
  const out = join(dir, `${connections}.json`);
  const groups = Math.max(1, connections / 100);
  await promisify(execFile)(TSX, [GENERATOR, '--connections', String(connections), '--groups', String(groups), '--out', out]);
  return out;
}

/** The median of three spawns to first 200 with `fixture`, and the RSS then. */
export async function startWith(fixture: string): Promise<{ ms: number; rssMiB: number }> {
  const runs: Array<{ ms: number; rssMiB: number }> = [];
  for (let i = 0; i < 3; i++) runs.push(await spawnToFirst200([MOCK_BIN, '--port', '{port}', '--log', 'off', '--fixtures', fixture]));
  return { ms: median(runs.map((r) => r.ms)), rssMiB: median(runs.map((r) => r.rssMiB)) };
}

/**
 * Start-up time (median of 3), RSS, and GET /group/{uid} on a group of 100 items, for a fixture of 100
 * connections and for one of `total` connections in total/100 groups: the read must not grow with the total.
 */
export async function measureScale(files: { small: string; large: string }, total: number, rounds = 3): Promise<string[]> {
  const lines = [
    '| fixture | start to first 200 (median of 3) | RSS after start | RSS after load | GET /group/{uid} (100 items) req/s | p50 ms | p99 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const fixtures = [
    ['100 connections, 1 group', files.small],
    [`${total} connections, ${total / 100} groups`, files.large],
  ] as const;
  const storeTimes: number[] = [];
  const starts: number[] = [];
  for (const [, file] of fixtures) {
    storeTimes.push(await timeGroupRead(file));
    starts.push((await startWith(file)).ms);
  }
  // Both servers stay up and are loaded in alternating rounds, so the machine's noise hits both alike.
  const servers = await Promise.all(fixtures.map(([, file]) => spawnServer([MOCK_BIN, '--port', '0', '--log', 'off', '--fixtures', file])));
  const medians: LoadResult[] = [];
  try {
    const rssStart = servers.map((server) => server.rssMiB());
    const runs: LoadResult[][] = servers.map(() => []);
    const request = httpRequest('GET', '/group/A000-0000');
    for (let round = 0; round < rounds; round++) {
      for (const [i, server] of servers.entries()) {
        const port = Number(new URL(server.url).port);
        await runLoad({ port, request, connections: 10, durationMs: 500 });
        runs[i]!.push(await runLoad({ port, request, connections: 10, durationMs: 2000 }));
      }
    }
    for (const [i, [label]] of fixtures.entries()) {
      const load = medianRound(runs[i]!);
      medians.push(load);
      lines.push(
        `| ${label} | ${starts[i]!.toFixed(0)} ms | ${rssStart[i]!.toFixed(1)} MiB | ${servers[i]!.rssMiB().toFixed(1)} MiB | ${Math.round(load.perSecond)} | ${load.p50Ms.toFixed(2)} | ${load.p99Ms.toFixed(2)} |`,
      );
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  lines.push(
    '',
    `GET /group/{uid} with ${total} connections vs 100 (median of ${rounds} alternating rounds): p50 ${(medians[1]!.p50Ms / medians[0]!.p50Ms).toFixed(2)}×, throughput ${(medians[1]!.perSecond / medians[0]!.perSecond).toFixed(2)}× over HTTP;`,
    `the store's read and its JSON alone, in this process: ${storeTimes[0]!.toFixed(1)} µs vs ${storeTimes[1]!.toFixed(1)} µs (${(storeTimes[1]! / storeTimes[0]!).toFixed(2)}×):`,
    'the group is read through its membership index, never by scanning every item; what the larger fixture adds',
    "over HTTP is the garbage collector's work on a heap that holds every connection.",
  );
  return lines;
}

/** µs per read of group A000-0000 (100 items) and its JSON, straight from the store. */
async function timeGroupRead(file: string): Promise<number> {
  const descriptions = await loadDescriptions();
  const fixture = await loadFixtureFile(file, descriptions.validateFixture);
  const store = new Store(fixture, {
    settingsDefaults: descriptions.settingsDefaults,
    newId: () => 'FFFF-FFFF',
    clock: Date.now,
    journalLimit: 1,
  });
  for (let i = 0; i < 2000; i++) JSON.stringify(store.getGroupItems('A000-0000'));
  const started = performance.now();
  for (let i = 0; i < 20_000; i++) JSON.stringify(store.getGroupItems('A000-0000'));
  return ((performance.now() - started) * 1000) / 20_000;
}
