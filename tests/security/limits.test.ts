import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { BIN } from '../helpers/spawn-bin.js';
import { startTestMock, type TestMock } from '../helpers/test-mock.js';
import { exchange } from '../hostile/raw-exchange.js';
import { everything } from './mock-state.js';

const as = (session: string) => ({ 'x-mock-session': session });
const baselineBytes = (t: TestMock) => JSON.stringify(t.mock.state({ includeSecrets: true })).length;

async function withMock(options: Parameters<typeof startTestMock>[0], body: (t: TestMock) => Promise<void>): Promise<void> {
  const t = await startTestMock(options);
  try {
    await body(t);
  } finally {
    await t.close();
  }
}

function expectBudgetProblem(response: { status: number; body: { type: string; detail: string } }): void {
  expect(response.status).toBe(503);
  expect(response.body.type).toBe('urn:remotix-mock:problem:memory-budget');
  expect(response.body.detail).toContain('--memory-budget');
}

describe('--memory-budget', () => {
  it('forks unchanged sessions for free, refuses a new one once what a session changed fills it, and forks again once that one is ended', async () => {
    const probe = await startTestMock();
    const size = baselineBytes(probe);
    await probe.close();
    await withMock({ memoryBudget: size + 20_000 }, async (t) => {
      // Sessions share the fixtures: ten of them fit in a budget that could not hold one more copy.
      for (let i = 0; i < 10; i++) expect((await t.call('GET', '/groups', undefined, as(`idle${i}`))).status).toBe(200);
      let created = 0;
      let response = await t.call('PUT', '/group/', { name: 'g'.repeat(255) }, as('writer'));
      while (response.status === 200 && created < 200) {
        created++;
        response = await t.call('PUT', '/group/', { name: 'g'.repeat(255) }, as('writer'));
      }
      expectBudgetProblem(response);
      expect(created).toBeGreaterThan(10);
      expectBudgetProblem(await t.call('GET', '/groups', undefined, as('late')));
      const names = (await t.call('GET', '/__admin/mock-sessions')).body.sessions.map((s: { name: string }) => s.name);
      expect(names).not.toContain('late');
      expect((await t.call('DELETE', '/__admin/mock-sessions/writer')).status).toBe(200);
      expect((await t.call('GET', '/groups', undefined, as('late'))).status).toBe(200);
    });
  });

  it('refuses requests once journals of big bodies fill it, and serves again once they are cleared', async () => {
    const probe = await startTestMock();
    const size = baselineBytes(probe);
    await probe.close();
    await withMock({ memoryBudget: size + 100_000 }, async (t) => {
      const big = { name: 'x'.repeat(15_000) };
      let accepted = 0;
      let response = await t.call('PUT', '/group/', big);
      while (response.status === 400 && accepted < 100) {
        accepted++;
        response = await t.call('PUT', '/group/', big);
      }
      expect(accepted).toBeGreaterThanOrEqual(5);
      expect(accepted).toBeLessThan(8);
      expectBudgetProblem(response);
      const before = everything(t.mock);
      expectBudgetProblem(await t.call('GET', '/groups'));
      expectBudgetProblem(await t.call('ACTION', '/connection/1000-0001/connect'));
      expectBudgetProblem(await t.call('PUT', '/__admin/faults', { rules: [] }));
      expect(everything(t.mock)).toEqual(before);
      expect((await t.call('GET', '/__admin/requests/count')).body.count).toBe(accepted);
      expect((await t.call('DELETE', '/__admin/requests')).status).toBe(200);
      expect((await t.call('GET', '/groups')).status).toBe(200);
    });
  });

  it('counts what writes add to the data, measured before it refuses, and frees it with a reset', async () => {
    const probe = await startTestMock();
    const size = baselineBytes(probe);
    await probe.close();
    await withMock({ memoryBudget: size + 30_000 }, async (t) => {
      let created = 0;
      let response = await t.call('PUT', '/group/', { name: 'g'.repeat(255) });
      while (response.status === 200 && created < 1000) {
        created++;
        response = await t.call('PUT', '/group/', { name: 'g'.repeat(255) });
      }
      expectBudgetProblem(response);
      // Each create holds about 300 bytes of data and 400 of journal (its body): measured, that lets about 43
      // in; the upper bound a write is counted at until then (its body and 512 bytes) would have let only 25.
      expect(created).toBeGreaterThan(35);
      expect((await t.call('GET', '/__admin/state')).body.groups).toHaveLength(3 + created);
      expect((await t.call('POST', '/__admin/reset')).status).toBe(200);
      expect((await t.call('PUT', '/group/', { name: 'again' })).status).toBe(200);
    });
  });

  it('stops start-up when the fixtures alone pass it', async () => {
    const { code, stderr } = await run(process.execPath, [BIN, '--memory-budget', '2048', '--port', '0']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/the fixtures take \d+ bytes, more than the memory budget of 2048 \(--memory-budget\)/);
  });
});

describe('--request-timeout-ms and --keep-alive-timeout-ms', () => {
  it('answers a body trickled past the request timeout with 408, and applies nothing', async () => {
    await withMock({ headersTimeoutMs: 200, requestTimeoutMs: 600 }, async (t) => {
      const before = everything(t.mock);
      const body = '{"name":"trickled"}';
      for (const method of ['PUT /group/', 'ACTION /connection/1000-0001/connect']) {
        const head = `${method} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
        const writes = [Buffer.from(head), ...[...body].map((ch) => Buffer.from(ch))];
        const { responses, closed } = await exchange(t.url, writes, { responses: 1, gapMs: 150, timeoutMs: 15_000 });
        expect(responses[0]?.status, method).toBe(408);
        expect(responses[0]?.headers['content-type']).toBe('application/problem+json');
        expect(closed || responses.length === 1).toBe(true);
      }
      // The data and the ACTION journal are untouched; the request journal shows the PUT as refused.
      const { requests, ...after } = everything(t.mock) as { requests: Array<{ status: number }> };
      const { requests: _, ...was } = before as { requests: unknown };
      expect(after).toEqual(was);
      expect(requests.every((record) => record.status >= 400)).toBe(true);
    });
  });

  it.each(['GET /__admin/health', 'ACTION /connection/1000-0001/connect'])(
    'closes an idle keep-alive connection after the keep-alive timeout (%s)',
    async (request) => {
      await withMock({ keepAliveTimeoutMs: 300 }, async (t) => {
        const { port } = new URL(t.url);
        const socket = net.connect(Number(port), '127.0.0.1');
        const closed = new Promise<string>((resolve) => socket.on('close', () => resolve('closed by the mock')));
        socket.on('data', () => undefined);
        socket.write(`${request} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
        const timer = new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 10_000));
        expect(await Promise.race([closed, timer])).toBe('closed by the mock');
        socket.destroy();
      });
    },
  );

  it.each([
    [['--request-timeout-ms', '100', '--headers-timeout-ms', '200'], /--request-timeout-ms must be a whole number from 200/],
    [['--keep-alive-timeout-ms', '0'], /--keep-alive-timeout-ms must be a whole number from 1/],
    [['--memory-budget', '12MiB'], /--memory-budget must be a whole number/],
    [['--allowed-hosts', 'evil.example:3000'], /--allowed-hosts takes host names without ports/],
    [['--cors', 'null'], /--cors takes origins/],
    [['--cors', 'http://app.example/path'], /--cors takes origins/],
  ])('refuses %j at start-up with a message and the usage exit code, 2', async (args, message) => {
    const { code, stderr } = await run(process.execPath, [BIN, ...args, '--port', '0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
