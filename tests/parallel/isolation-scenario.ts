import { expect, inject } from 'vitest';

export const WORKERS = ['worker-1', 'worker-2', 'worker-3', 'worker-4'] as const;

/**
 * What each parallel worker does in its own X-Mock-Session on the one shared server: announce itself,
 * wait until every worker is alive at the same time (so the test proves concurrency, not just
 * sequential isolation), then make interleaved changes and check it sees only its own.
 */
export async function runIsolationScenario(session: (typeof WORKERS)[number]): Promise<void> {
  const url = inject('sharedMockUrl');
  const headers = { 'x-mock-session': session, 'content-type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  };

  await call('POST', '/__admin/reset');
  await waitForAllWorkers(url);
  const created: string[] = [];
  for (let i = 0; i < 25; i++) {
    created.push((await call('PUT', '/group/', { name: `${session} group ${i}` })).body.group_uid);
    await call('ACTION', '/connection/1000-0001/connect');
    if (i % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await call('DELETE', '/connection/1000-0004');

  const names: string[] = (await call('GET', '/groups')).body.groups.map((g: { name: string }) => g.name);
  expect(names).toEqual(['Office', 'Home', 'Servers', ...created.map((_, i) => `${session} group ${i}`)]);
  expect((await call('GET', '/__admin/actions/count')).body).toEqual({ count: 25 });
  expect((await call('GET', '/group/4567-89AB')).body.connections).toEqual([]);
  const requests = (await call('GET', '/__admin/requests')).body.requests as Array<{ path: string }>;
  expect(requests.filter((r) => r.path === '/group/')).toHaveLength(25);
}

async function waitForAllWorkers(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { sessions } = (await (await fetch(`${url}/__admin/mock-sessions`)).json()) as { sessions: Array<{ name: string | null }> };
    if (WORKERS.every((name) => sessions.some((s) => s.name === name))) return;
    if (Date.now() > deadline)
      throw new Error(`the workers never ran at the same time: only ${sessions.map((s) => s.name).join(', ')} showed up`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
