import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Mock, startMock } from '../../src/start-mock.js';
import { type DeviatingProxy, type ProxyOptions, startDeviatingProxy } from './deviating-proxy.js';

export interface KitFixture {
  mock: Mock;
  proxy: DeviatingProxy;
  /** A fresh folder for reports and run logs. */
  reportDir: string;
}

/**
 * For a test file: `setUp()` gives a fresh mock, a proxy in front of it and a report folder; everything is
 * closed and removed after each test.
 */
export function useKitFixture(): (proxy?: Omit<ProxyOptions, 'target'>) => Promise<KitFixture> {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async (proxyOptions = {}) => {
    const mock = await startMock({ port: 0 });
    cleanups.push(() => mock.close());
    const proxy = await startDeviatingProxy({ target: mock.url, ...proxyOptions });
    cleanups.push(() => proxy.close());
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-'));
    cleanups.push(() => rm(reportDir, { recursive: true, force: true }));
    return { mock, proxy, reportDir };
  };
}

/** Every fail of a report, one line each, for readable assertions. */
export function failuresOf(report: {
  results: ReadonlyArray<{ outcome: string; operationId: string | null; check: string; source: string; message: string }>;
}): string[] {
  return report.results.filter((r) => r.outcome === 'fail').map((r) => `${r.operationId ?? 'run'} ${r.check} (${r.source}): ${r.message}`);
}
