import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from './lib/check-result.js';
import { createKitRun } from './lib/kit-run.js';
import { parseCommandLine } from './lib/parse-command-line.js';
import { ALL_SCENARIOS } from './lib/scenarios/all-scenarios.js';

/**
 * The contract suite under vitest: a thin wrapper over the kit's scenarios. By default the kit starts the
 * built mock and may do everything. `REMOTIX_CONTRACT_ARGS` takes the bin's own flags to aim it elsewhere
 * (`REMOTIX_URL` is not read here, so an exported one never turns `npm test` against a real Remotix).
 */
const args = (process.env.REMOTIX_CONTRACT_ARGS ?? '').split(/\s+/).filter(Boolean);
const command = parseCommandLine(args, {});
if (command.command !== 'run') throw new Error('REMOTIX_CONTRACT_ARGS takes the flags of a run');
const ownReportDir = !args.includes('--report-dir');
const options = {
  ...command.options,
  reportDir: ownReportDir ? join(tmpdir(), `remotix-contract-${process.pid}-${Date.now()}`) : command.options.reportDir,
};
const run = createKitRun(options);

const broken = (results: readonly CheckResult[]) =>
  results.filter((r) => r.outcome === 'fail').map((r) => `${r.operationId ?? 'run'} ${r.check} (${r.source}): ${r.message}`);

let started = false;
beforeAll(async () => {
  await run.start();
  started = true;
}, 30_000);
afterAll(async () => {
  if (started) await run.finish();
  if (ownReportDir) await rm(options.reportDir, { recursive: true, force: true });
}, 60_000);

describe('the Remotix contract', () => {
  for (const scenario of ALL_SCENARIOS) {
    it(scenario.title, async (context) => {
      const missing = run.missing(scenario);
      if (missing.length > 0) context.skip(`needs ${missing.join(' ')}`);
      expect(broken(await run.runScenario(scenario))).toEqual([]);
    });
  }

  it('cleans up after itself, and nothing else on the target changed', async () => {
    const report = await run.finish();
    expect(report.cleanup.failed).toEqual([]);
    expect(report.snapshot).toEqual({ compared: true, differences: [] });
    expect(broken(report.results)).toEqual([]);
    expect(report.verdict.passed).toBe(true);
  });
});
