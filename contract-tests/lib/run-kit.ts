import type { CheckResult } from './check-result.js';
import type { KitOptions } from './kit-options.js';
import { createKitRun, type KitRun } from './kit-run.js';
import type { KitReport } from './reports/build-report.js';
import type { Scenario } from './scenarios/scenario.js';

export interface RunHooks {
  /** Called once the run exists (before it starts): the bin wires its signal handlers here. */
  onCreated?(run: KitRun): void;
  onStarted?(run: KitRun): void;
  onScenario?(scenario: Scenario, results: readonly CheckResult[], missing: readonly string[]): void;
}

/** The whole kit without vitest: options → target → scenarios → checks → cleanup → snapshot → reports. */
export async function runKit(options: KitOptions, hooks: RunHooks = {}): Promise<KitReport> {
  const run = createKitRun(options);
  hooks.onCreated?.(run);
  await run.start();
  hooks.onStarted?.(run);
  try {
    for (const scenario of run.scenarios) {
      const results = await run.runScenario(scenario);
      hooks.onScenario?.(scenario, results, run.missing(scenario));
    }
  } finally {
    // finish() also runs when a scenario throws: cleanup must never be skipped.
    await run.finish();
  }
  return run.finish();
}
