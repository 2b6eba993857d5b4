import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKitBin } from '../contract-kit/kit-bin.js';
import { buildGoRemotix, hasGo, startGoRemotix } from './go-remotix.js';
import { failures, type KitReportJson } from './python-remotix.js';

const go = hasGo();
if (!go && process.env.CI) throw new Error('Go is not on PATH: .ci/run installs golang-go for the independent Go Remotix');
if (!go) console.warn('the Go Remotix tests are SKIPPED: go is not on PATH');

const FLAGS = ['--allow-writes', '--allow-actions', '--allow-negative', '--allow-computer-delete'];

/** Runs the kit against the Go server with a preset (and a break); the report folder is removed after. */
async function judge(binary: string, args: readonly string[]): Promise<{ code: number | string; output: string; report: KitReportJson }> {
  const server = await startGoRemotix(binary, args);
  const dir = await mkdtemp(join(tmpdir(), 'remotix-kit-go-'));
  try {
    const { code, output } = await runKitBin(['--url', server.url, '--report-dir', dir, ...FLAGS, '--computer', server.computer]);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as KitReportJson;
    return { code, output, report };
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Breaks of the Go server's README, each on a preset other than the plainest where it shows through. */
const BREAKS: Array<[string, string]> = [
  ['rename-ignored', 'plain'],
  ['null-no-reset', 'envelope'],
  ['partial-replaces', 'lenient'],
  ['deleted-readable', 'strict'],
  ['created-not-listed', 'envelope'],
  ['move-ignored', 'strict'],
  ['create-201', 'lenient'],
  ['badjson-500', 'plain'],
  ['action-refused', 'envelope'],
  ['settings-put-ignored', 'strict'],
  ['nearby-500', 'lenient'],
  ['text-success', 'strict'],
  ['creds-not-stored', 'plain'],
  ['group-uid-key', 'envelope'],
  ['port-ignored', 'lenient'],
  ['computer-delete-noop', 'plain'],
  ['notfound-200', 'strict'],
];

/**
 * A second independent Remotix, in Go, written by a developer who saw neither the kit nor the mock: four
 * presets that keep the reference with choices of their own (bare, enveloped, lenient, strict), and breaks
 * that each violate one documented behaviour. The kit must pass every preset and fail every break.
 */
describe.skipIf(!go)('the contract kit against the independent Go Remotix', () => {
  let binary: string;
  beforeAll(async () => {
    binary = await buildGoRemotix();
  }, 120_000);

  it.each(['plain', 'envelope', 'lenient', 'strict'])(
    'passes the legal preset %s',
    async (preset) => {
      const { code, output, report } = await judge(binary, ['--preset', preset]);
      expect(failures(report), output).toEqual([]);
      expect(code).toBe(0);
      expect(report.cleanup.complete, report.cleanup.statement).toBe(true);
    },
    120_000,
  );

  it.each(BREAKS)(
    'fails the break %s (preset %s) on a documented check',
    async (name, preset) => {
      const { code, report } = await judge(binary, ['--preset', preset, '--break', name]);
      expect(code).toBe(1);
      expect(report.results.some((r) => r.outcome === 'fail' && r.source === 'documented')).toBe(true);
    },
    120_000,
  );

  it('says it could not check a computer connection credentials delete it may not make (creds-delete-noop)', async () => {
    // The kit deletes credentials only on a connection it added, and the plain preset adds none by PUT.
    const { code, report } = await judge(binary, ['--preset', 'plain', '--break', 'creds-delete-noop']);
    expect(code).toBe(0);
    expect(report.verdict.full).toBe(false);
    const judged = report.operations.find((o) => o.operationId === 'deleteComputerConnectionCredentials');
    expect(judged?.detail).toMatch(/did not add a scratch connection/);
  }, 120_000);
});
