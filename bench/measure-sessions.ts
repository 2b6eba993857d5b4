import { Agent, request } from 'node:http';
import { median } from './load-client.js';
import { MOCK_BIN, spawnServer } from './spawn-server.js';

/** ms from sending a request (on a warm keep-alive connection) to its whole answer. */
function timed(agent: Agent, port: number, method: string, path: string, session: string, body?: unknown): Promise<number> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers: Record<string, string> = { 'x-mock-session': session };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const req = request({ agent, port, host: '127.0.0.1', method, path, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${method} ${path}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** A group of 100 items in every generated fixture: an answer of the same size whatever the fixture's. */
const READ = '/group/A000-0000';

export interface SessionFigures {
  /** Median ms of a new session's first answer (`GET /group/{uid}`, 100 items). */
  firstMs: number;
  /** Median ms of the same request on a session already forked. */
  againMs: number;
  /** Median ms of `POST /__admin/reset` of a session that has written. */
  resetMs: number;
  /** RSS with `idle` sessions forked and idle, and before any was (MiB). */
  rssIdleMiB: number;
  rssBeforeMiB: number;
}

/**
 * On mocks started with each fixture, all up at once: `count` new sessions each, timed on their first
 * request and on the next, then a write and a timed reset of each; and the RSS once `idle` more sessions
 * sit forked. The servers take turns, session by session, so the machine's noise falls on all alike.
 */
export async function measureSessions(fixtures: readonly string[], count = 30, idle = 100): Promise<SessionFigures[]> {
  const args = (fixture: string) => [
    MOCK_BIN,
    '--port',
    '0',
    '--log',
    'off',
    '--fixtures',
    fixture,
    '--max-sessions',
    String(count + idle + 1),
  ];
  const servers = await Promise.all(fixtures.map((fixture) => spawnServer(args(fixture))));
  const agents = servers.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  const ports = servers.map((server) => Number(new URL(server.url).port));
  const runs = servers.map(() => ({ first: [] as number[], again: [] as number[], reset: [] as number[] }));
  try {
    for (const [s, agent] of agents.entries()) for (let i = 0; i < 20; i++) await timed(agent, ports[s]!, 'GET', READ, '');
    for (let i = 0; i < count; i++) {
      for (const [s, agent] of agents.entries()) {
        const port = ports[s]!;
        runs[s]!.first.push(await timed(agent, port, 'GET', READ, `bench-${i}`));
        runs[s]!.again.push(await timed(agent, port, 'GET', READ, `bench-${i}`));
        await timed(agent, port, 'PUT', '/group/', `bench-${i}`, { name: 'written before the reset' });
        runs[s]!.reset.push(await timed(agent, port, 'POST', '/__admin/reset', `bench-${i}`));
      }
    }
    const figures: SessionFigures[] = [];
    for (const [s, agent] of agents.entries()) {
      const rssBeforeMiB = servers[s]!.rssMiB();
      for (let i = 0; i < idle; i++) await timed(agent, ports[s]!, 'GET', READ, `idle-${i}`);
      const { first, again, reset } = runs[s]!;
      figures.push({
        firstMs: median(first),
        againMs: median(again),
        resetMs: median(reset),
        rssIdleMiB: servers[s]!.rssMiB(),
        rssBeforeMiB,
      });
    }
    return figures;
  } finally {
    for (const agent of agents) agent.destroy();
    await Promise.all(servers.map((server) => server.stop()));
  }
}
