import type { IncomingMessage } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MATRIX_CLIENTS, type Step } from './clients/matrix-clients.js';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

/** GET, ACTION, PUT, ACTION: what an integration does, from each client with its defaults. */
const SEQUENCE: readonly Step[] = [
  { method: 'GET', path: '/groups' },
  { method: 'ACTION', path: '/connection/1000-0001/connect' },
  { method: 'PUT', path: '/group/', body: '{"name":"From the client matrix"}' },
  { method: 'ACTION', path: '/computer/123456/NEAR/observe', body: '{}' },
];
/**
 * A stall guard, not a speed test: a lost answer made Java's default client give up after about 6 s and
 * curl --http2 wait as long. A sequence that works takes milliseconds; Java's first requests load classes
 * (0.5 s on a quiet machine, 2.1 s on this 2-core one under full load), hence the margin.
 */
const STALL_MS = 5000;
/** In CI every client is installed (.ci/run); a missing one there is a failure, not a skip. */
const MUST_RUN = Boolean(process.env.CI);

let t: TestMock;
/** The client ports the sequence's requests came from, while a client runs: one per connection. */
let ports: Set<number> | null = null;
const figures: string[] = [];
beforeAll(async () => {
  t = await startTestMock();
  t.mock.server.on('request', (req: IncomingMessage) => ports?.add(req.socket.remotePort ?? 0));
});
beforeEach(() => t.reset());
afterAll(async () => {
  if (figures.length > 0) console.log(`client matrix (ms for the four requests):\n${figures.join('\n')}`);
  await t?.close();
});

describe('the client matrix: GET, ACTION, PUT, ACTION', () => {
  afterEach(() => {
    ports = null;
  });
  for (const client of MATRIX_CLIENTS) {
    const present = client.present();
    it.skipIf(!present && !MUST_RUN)(
      `${client.name} gets every answer, on ${client.maxConnections === 1 ? 'one connection' : `at most ${client.maxConnections} connections`}`,
      async () => {
        if (!present) throw new Error(`${client.name} is not installed: CI must install it (.ci/run)`);
        ports = new Set();
        const outcome = await client.run(t.url, SEQUENCE);
        const connections = ports.size;
        ports = null;
        expect(connections, 'connections').toBeLessThanOrEqual(client.maxConnections);
        figures.push(`  ${client.name.padEnd(28)} ${outcome.ms.toFixed(1)} ms`);
        expect(outcome.statuses).toEqual([200, 200, 200, 200]);
        expect(JSON.parse(outcome.bodies[0] as string).groups).toHaveLength(3);
        const created = JSON.parse(outcome.bodies[2] as string) as { group_uid: string };
        expect((await t.call('GET', `/group/${created.group_uid}`)).body.name).toBe('From the client matrix');
        const journal = (await t.call('GET', '/__admin/actions')).body.actions as Array<{ method: string; path: string }>;
        expect(journal.map((a) => `${a.method} ${a.path}`)).toEqual([
          'ACTION /connection/1000-0001/connect',
          'ACTION /computer/123456/NEAR/observe',
        ]);
        expect(outcome.ms).toBeLessThan(STALL_MS);
      },
      200_000,
    );
  }
});
