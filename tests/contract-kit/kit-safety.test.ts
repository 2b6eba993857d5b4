import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKitOptions, type KitOptions } from '../../contract-tests/lib/kit-options.js';
import { runKit } from '../../contract-tests/lib/run-kit.js';
import { failuresOf, useKitFixture } from './kit-fixture.js';
import { readState } from './read-state.js';
import { reportErrors } from './report-errors.js';

const setUp = useKitFixture();
const EVERYTHING_BUT_DELETE: Partial<KitOptions> = { allowWrites: true, allowActions: true, allowNegative: true, computer: '123456' };
const UID = /[0-9A-F]{4}-[0-9A-F]{4}/g;

/** The ids the target answered to the run's creates, as the proxy saw them. */
function createdIds(requests: ReadonlyArray<{ method: string; path: string; status: number | null; body: unknown }>): Set<string> {
  const ids = new Set<string>();
  for (const r of requests) {
    if (r.method !== 'PUT' || r.status !== 200 || !/^\/(group|connection)\/$/.test(r.path)) continue;
    const body = r.body as { group_uid?: string; uid?: string };
    ids.add(body.group_uid ?? body.uid ?? '');
  }
  return ids;
}

describe('the contract kit against a target that is not the mock (the proxy hides /__admin)', () => {
  it('only reads without flags, and says the run is not a full compatibility verdict', async () => {
    const { mock, proxy, reportDir } = await setUp({ hideAdmin: true });
    const before = await readState(mock.url);
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir }));
    expect([...new Set(proxy.requests.map((r) => r.method))]).toEqual(['GET']);
    expect(report.verdict).toMatchObject({
      passed: true,
      full: false,
      headline: expect.stringContaining('NOT a full compatibility verdict'),
    });
    expect(report.operations.find((o) => o.operationId === 'createGroup')).toMatchObject({
      result: 'not-tested',
      detail: 'needs --allow-writes',
    });
    expect(report.operations.find((o) => o.operationId === 'getComputerConnectionCredentials')?.result).toBe('pass');
    const markdown = await readFile(join(reportDir, 'report.md'), 'utf8');
    expect(markdown).toContain('**This is NOT a full compatibility verdict.**');
    expect(markdown).toContain('the run was read-only (no --allow-writes)');
    expect(markdown).toMatch(/\| `PUT \/group\/` \(createGroup\) \| ⏭️ not tested \| needs --allow-writes \|/);
    expect(await readState(mock.url)).toEqual(before);
    expect(reportErrors(JSON.parse(await readFile(join(reportDir, 'report.json'), 'utf8')))).toEqual([]);
  });

  it('writes only to what the run created and to the --computer, one request at a time, and leaves everything as it was', async () => {
    const { mock, proxy, reportDir } = await setUp({ hideAdmin: true });
    const before = await readState(mock.url);
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir, ...EVERYTHING_BUT_DELETE }));
    expect(failuresOf(report)).toEqual([]);
    const created = createdIds(proxy.requests);
    const writes = proxy.requests.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(50);
    for (const write of writes) {
      // The run id (rc-YYYYMMDDhhmmss-xxxx) can look like a uid by chance: it is not one.
      const sent = write.sent.replaceAll(report.runId, '');
      const named = [...write.path.matchAll(UID), ...sent.matchAll(UID)].map(([id]) => id);
      // The only id a write may name that the run did not create is the --computer's own group, to put it back.
      expect(
        named.filter((id) => !created.has(id) && id !== '0123-CDEF'),
        `${write.method} ${write.path} ${write.sent}`,
      ).toEqual([]);
      expect([...write.path.matchAll(/^\/computer\/([^/]+)/g)].map(([, id]) => id).filter((id) => id !== '123456')).toEqual([]);
    }
    expect(
      writes.filter((w) => w.method === 'PUT' && /^\/(group|connection)\/$/.test(w.path)).every((w) => w.sent.includes(report.runId)),
    ).toBe(true);
    expect(proxy.maxInFlight()).toBe(1);
    expect(report.snapshot).toEqual({ compared: true, differences: [] });
    expect(await readState(mock.url)).toEqual(before);
  });

  it('sends no ACTION without --allow-actions and deletes no computer without --allow-computer-delete', async () => {
    const { proxy, reportDir } = await setUp({ hideAdmin: true });
    const report = await runKit(
      defaultKitOptions({ url: proxy.url, reportDir, allowWrites: true, allowNegative: true, computer: '123456' }),
    );
    expect(proxy.requests.filter((r) => r.method === 'ACTION')).toEqual([]);
    expect(proxy.requests.filter((r) => r.method === 'DELETE' && /^\/computer\/[^/]+$/.test(r.path))).toEqual([]);
    expect(report.operations.find((o) => o.operationId === 'connectConnection')).toMatchObject({
      result: 'not-tested',
      detail: 'needs --allow-actions',
    });
    expect(report.operations.find((o) => o.operationId === 'deleteComputer')).toMatchObject({
      result: 'not-tested',
      detail: 'needs --allow-computer-delete',
    });
    expect(report.verdict).toMatchObject({ passed: true, full: false });
  });

  it('reports a deviation from assumed behaviour as an observed difference, with its exchange, and passes', async () => {
    const { proxy, reportDir } = await setUp({
      hideAdmin: true,
      deviation: { kind: 'rename-field', from: 'has_credentials', to: 'hasCredentials' },
    });
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir, ...EVERYTHING_BUT_DELETE }));
    expect(failuresOf(report)).toEqual([]);
    expect(report.verdict.passed).toBe(true);
    const difference = report.results.find((r) => r.outcome === 'difference' && r.check === 'response-schema-conformance');
    expect(difference).toMatchObject({
      operationId: 'getGroup',
      source: 'assumed',
      exchange: {
        request: { method: 'GET' },
        response: {
          status: 200,
          body: { connections: expect.arrayContaining([expect.objectContaining({ hasCredentials: expect.any(Boolean) })]) },
        },
      },
    });
    const markdown = await readFile(join(reportDir, 'report.md'), 'utf8');
    expect(markdown).toMatch(/## Observed differences \(\d+\)/);
    expect(markdown).toContain('"hasCredentials": true');
    expect(await readFile(join(reportDir, 'junit.xml'), 'utf8')).toMatch(
      /<skipped message="observed difference \(assumed\): GET \/group\//,
    );
  });

  it('still fails on a deviation from documented behaviour', async () => {
    const { proxy, reportDir } = await setUp({
      hideAdmin: true,
      deviation: { kind: 'change-status', match: { method: 'PUT', path: /^\/group\/$/ }, from: 200, to: 201 },
    });
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir, ...EVERYTHING_BUT_DELETE }));
    expect(report.verdict.passed).toBe(false);
    expect(failuresOf(report).join('\n')).toMatch(/createGroup status-code-conformance \(documented\)/);
  });

  it('makes assumed behaviour binding with --strict', async () => {
    const { proxy, reportDir } = await setUp({
      hideAdmin: true,
      deviation: { kind: 'rename-field', from: 'has_credentials', to: 'hasCredentials' },
    });
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir, strict: true }));
    expect(report.verdict.passed).toBe(false);
    expect(failuresOf(report).join('\n')).toMatch(/getGroup response-schema-conformance \(assumed\)/);
  });

  it('logs each creation before its request leaves, times out an unanswered request, and still removes what it created', async () => {
    const { mock, proxy, reportDir } = await setUp({ hideAdmin: true, hold: { method: 'PUT', path: /^\/connection\/$/ } });
    const before = await readState(mock.url);
    const runId = 'rc-test-held-create';
    const running = runKit(defaultKitOptions({ url: proxy.url, reportDir, runId, allowWrites: true, timeoutMs: 1500 }));
    await proxy.held;
    const log = (await readFile(join(reportDir, 'runs', `${runId}.jsonl`), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(log.at(-1)).toMatchObject({ type: 'creating', kind: 'connection', name: `${runId} connection` });
    const report = await running;
    expect(report.results).toContainEqual(
      expect.objectContaining({ check: 'request', outcome: 'fail', message: expect.stringContaining('no answer within 1500 ms') }),
    );
    expect(report.cleanup.complete).toBe(true);
    expect(report.cleanup.done.some((line) => line.startsWith('DELETE /connection/'))).toBe(true);
    expect(await readState(mock.url)).toEqual(before);
  });
});
