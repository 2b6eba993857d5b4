/**
 * Does the journal limit hold memory flat? Sends 200k API requests (reads, renames and ACTIONs, which all
 * journal but do not grow the data) to a mock started with the default journal limit, and prints the
 * server's RSS after a warm-up and at the end, with the journal sizes.
 *
 * The server runs with V8's old space capped at 64 MiB (`--heap-cap 0` lifts the cap). Uncapped, V8 grows
 * its heap lazily under load and collects late, so RSS climbs with garbage that a later collection frees;
 * capped, it must collect, and RSS shows what is really kept. A journal without a limit would exhaust
 * the cap and crash the server long before 200k requests.
 *
 *   npm run bench:journal [-- --requests 200000 --heap-cap 64]
 */

import { Pool } from 'undici';
import { readScriptOptions } from '../scripts/lib/read-script-options.js';
import { MOCK_BIN, spawnServer } from './spawn-server.js';

const USAGE = `Usage: npm run bench:journal [-- options]

Sends API requests that journal but do not grow the data, and prints the server's RSS before and after.

  --requests <n>     how many (default 200000)
  --connections <n>  concurrent connections (default 10)
  --heap-cap <MiB>   cap V8's old space in the server; 0 for none (default 64)
  --help, -h         this text`;

const { values } = readScriptOptions('bench:journal', USAGE, {
  requests: { type: 'string', default: '200000' },
  connections: { type: 'string', default: '10' },
  'heap-cap': { type: 'string', default: '64' },
});
const total = Number(values.requests);
const connections = Number(values.connections);
const heapCap = Number(values['heap-cap']);

const REQUESTS = [
  { method: 'GET', path: '/groups' },
  { method: 'PUT', path: '/connection/1000-0001', body: JSON.stringify({ name: 'Reception PC' }) },
  { method: 'ACTION', path: '/connection/1000-0001/connect' },
  { method: 'GET', path: '/group/0123-CDEF' },
] as const;

async function send(pool: Pool, count: number): Promise<number> {
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < count) {
      const { method, path, ...rest } = REQUESTS[next++ % REQUESTS.length]!;
      const body = 'body' in rest ? rest.body : undefined;
      const response = await pool.request({ method, path, body, headers: body ? { 'content-type': 'application/json' } : {} });
      await response.body.dump();
      if (response.statusCode !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return errors;
}

const nodeFlags = heapCap > 0 ? [`--max-old-space-size=${heapCap}`] : [];
const server = await spawnServer([...nodeFlags, MOCK_BIN, '--port', '0', '--log', 'off']);
console.log(
  `server: node ${nodeFlags.join(' ') || '(no heap cap)'} remotix-mock, journal limit 1000; ${connections} keep-alive connections`,
);
const pool = new Pool(server.url, { connections, pipelining: 1 });
try {
  await send(pool, 20_000);
  const warm = server.rssMiB();
  console.log(`after 20000 warm-up requests: RSS ${warm.toFixed(1)} MiB`);
  const started = performance.now();
  const errors = await send(pool, total);
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const end = server.rssMiB();
  const count = async (path: string) => ((await (await fetch(`${server.url}${path}`)).json()) as { count: number }).count;
  console.log(`after ${total} more requests (${Math.round(total / seconds)}/s, ${errors} not 200): RSS ${end.toFixed(1)} MiB`);
  console.log(
    `journals hold ${await count('/__admin/requests/count')} requests and ${await count('/__admin/actions/count')} actions (limit 1000 each)`,
  );
  console.log(`RSS change: ${(end - warm >= 0 ? '+' : '') + (end - warm).toFixed(1)} MiB (${(((end - warm) / warm) * 100).toFixed(1)}%)`);
} finally {
  await pool.close();
  await server.stop();
}
