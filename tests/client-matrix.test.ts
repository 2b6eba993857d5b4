import net from 'node:net';
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
/** The connections a client opened while it runs, counted by a TCP relay in front of the mock. */
let connections: number | null = null;
let relay: net.Server;
let relayUrl: string;
const figures: string[] = [];
beforeAll(async () => {
  t = await startTestMock();
  const { port } = new URL(t.url);
  relay = net.createServer((client) => {
    if (connections !== null) connections += 1;
    const upstream = net.connect(Number(port), '127.0.0.1');
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayUrl = `http://127.0.0.1:${(relay.address() as net.AddressInfo).port}`;
});
beforeEach(() => t.reset());
afterAll(async () => {
  if (figures.length > 0) console.log(`client matrix (ms for the four requests):\n${figures.join('\n')}`);
  await new Promise((resolve) => relay?.close(resolve));
  await t?.close();
});

describe('the client matrix: GET, ACTION, PUT, ACTION', () => {
  afterEach(() => {
    connections = null;
  });
  for (const client of MATRIX_CLIENTS) {
    const present = client.present();
    it.skipIf(!present && !MUST_RUN)(
      `${client.name} gets every answer, on ${client.maxConnections === 1 ? 'one connection' : `at most ${client.maxConnections} connections`}`,
      async () => {
        if (!present) throw new Error(`${client.name} is not installed: CI must install it (.ci/run)`);
        connections = 0;
        const outcome = await client.run(relayUrl, SEQUENCE);
        const opened = connections;
        connections = null;
        expect(opened, 'connections').toBeLessThanOrEqual(client.maxConnections);
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
