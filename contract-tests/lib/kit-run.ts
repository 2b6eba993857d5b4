import type { CheckResult } from './check-result.js';
import { type CleanupReport, cleanupRun } from './cleanup-run.js';
import { Contract } from './contract.js';
import { createHttpClient } from './http-client.js';
import { grantedPermissions, type KitOptions, MOCK_COMPUTER, PERMISSION_FLAGS, type Permission } from './kit-options.js';
import { buildReport, type KitReport } from './reports/build-report.js';
import { writeReports } from './reports/write-reports.js';
import type { RunContext } from './run-context.js';
import { newRunId } from './run-id.js';
import { openRunLog, readRunLog, runLogPath } from './run-log.js';
import { createSafetyGuard, SafetyError } from './safety-guard.js';
import { ScenarioClient, ScenarioStop } from './scenario-client.js';
import { ALL_SCENARIOS } from './scenarios/all-scenarios.js';
import type { Scenario } from './scenarios/scenario.js';
import { createLearned } from './shapes/learned.js';
import { compareSnapshots, takeSnapshot } from './snapshot.js';
import { startTarget, type Target } from './start-target.js';

export interface KitRun {
  readonly runId: string;
  readonly options: KitOptions;
  readonly scenarios: readonly Scenario[];
  /** Valid after `start()`. */
  readonly context: RunContext;
  readonly target: Target;
  /** Starts (or finds) the target, opens the run log. */
  start(): Promise<void>;
  /** The permissions a scenario needs and the run lacks, as flags. */
  missing(scenario: Scenario): string[];
  /** Runs one scenario (or records why not) and returns its results. */
  runScenario(scenario: Scenario): Promise<CheckResult[]>;
  /** Cleanup, the after snapshot, stopping the target, the reports. Safe to call twice. */
  finish(): Promise<KitReport>;
  /** SIGINT/SIGTERM: the request in flight is abandoned, no scenario starts; `finish()` still cleans up. */
  interrupt(reason: string): void;
}

export function createKitRun(options: KitOptions, scenarios: readonly Scenario[] = ALL_SCENARIOS): KitRun {
  const runId = options.runId ?? newRunId();
  const abort = new AbortController();
  const startedAt = new Date();
  let context: RunContext | undefined;
  let target: Target | undefined;
  let interrupted: string | undefined;
  let finished: Promise<KitReport> | undefined;
  const run: KitRun = {
    runId,
    options,
    scenarios,
    get context() {
      if (!context) throw new Error('the run has not started');
      return context;
    },
    get target() {
      if (!target) throw new Error('the run has not started');
      return target;
    },
    async start() {
      const contract = await Contract.load(options.openapi);
      target = await startTarget(options.url, options.timeoutMs);
      context = await openContext(options, runId, contract, target, abort.signal);
    },
    missing: (scenario) => scenario.needs.filter((p: Permission) => !run.context.granted.has(p)).map((p) => PERMISSION_FLAGS[p]),
    async runScenario(scenario) {
      const ctx = run.context;
      const first = ctx.results.length;
      const missing = run.missing(scenario);
      if (missing.length > 0) {
        for (const operationId of scenario.covers) ctx.notTested.push({ operationId, reason: `needs ${missing.join(' ')}` });
      } else if (interrupted) {
        for (const operationId of scenario.covers) ctx.notTested.push({ operationId, reason: `the run was interrupted (${interrupted})` });
      } else {
        await runGuarded(new ScenarioClient(ctx, scenario.id), scenario);
      }
      return ctx.results.slice(first);
    },
    finish() {
      finished ??= finishRun(run, startedAt, () => interrupted);
      return finished;
    },
    interrupt(reason) {
      interrupted ??= reason;
      abort.abort(new Error(reason));
    },
  };
  return run;
}

/** The run's shared state; the run log's first line names the target, for `remotix-contract cleanup`. */
async function openContext(
  options: KitOptions,
  runId: string,
  contract: Contract,
  target: Target,
  signal: AbortSignal,
): Promise<RunContext> {
  const granted = grantedPermissions(options, target.startedByKit);
  const computer = options.computer ?? (target.startedByKit ? MOCK_COMPUTER : undefined);
  const log = await openRunLog(runLogPath(options.reportDir, runId));
  await log.append({ type: 'run', runId, url: target.url, startedByKit: target.startedByKit, ...(computer ? { computer } : {}) });
  return {
    contract,
    client: createHttpClient(target.url, options.timeoutMs),
    strict: target.isMock || options.strict,
    granted,
    guard: createSafetyGuard(granted, runId, computer),
    log,
    runId,
    computer,
    results: [],
    notTested: [],
    observed: new Map(),
    succeeded: new Set(),
    stopped: new Set(),
    deletedComputers: new Set(),
    openChanges: new Set(),
    loggedIdKeys: new Set(),
    learned: createLearned(),
    signal,
  };
}

async function runGuarded(client: ScenarioClient, scenario: Scenario): Promise<void> {
  const exercised = new Set(client.run.succeeded);
  try {
    await scenario.run(client);
  } catch (error) {
    client.run.stopped.add(scenario.id);
    if (error instanceof ScenarioStop) {
      client.verify('scenario', null, error.source, false, `${scenario.id} stopped: ${error.message}; its later steps were not run`);
    } else if (error instanceof SafetyError) {
      client.verify('safety', null, 'documented', false, `the kit refused its own request: ${error.message}`);
    } else {
      client.verify(
        'scenario',
        null,
        'documented',
        false,
        `${scenario.id} failed inside the kit: ${(error as Error)?.stack ?? String(error)}`,
      );
    }
    const skipped = scenario.covers.filter((op) => !client.run.succeeded.has(op) && !exercised.has(op));
    client.notTested(skipped, `${scenario.id} stopped before it (see its findings)`);
  }
}

async function finishRun(run: KitRun, startedAt: Date, interrupted: () => string | undefined): Promise<KitReport> {
  const ctx = run.context;
  const cleanup = await cleanUp(run);
  const differences = await compareAfter(run, interrupted() !== undefined);
  await run.target.stop();
  ctx.client.close();
  await ctx.log.close();
  const report = buildReport({
    runId: run.runId,
    options: run.options,
    target: run.target,
    context: ctx,
    scenarios: run.scenarios.map((s) => ({ id: s.id, title: s.title, missing: run.missing(s) })),
    startedAt,
    finishedAt: new Date(),
    interrupted: interrupted(),
    cleanup,
    snapshotDifferences: differences,
  });
  await writeReports(report, run.options.reportDir);
  return report;
}

/** Cleanup from the run log on disk (the same path `remotix-contract cleanup` takes), with a fresh client. */
async function cleanUp(run: KitRun): Promise<CleanupReport> {
  const ctx = run.context;
  const client = createHttpClient(run.target.url, run.options.timeoutMs);
  try {
    const report = await cleanupRun(client, await readRunLog(ctx.log.file), run.runId, ctx.log);
    const judge = new ScenarioClient(ctx, 'cleanup');
    const message = report.complete
      ? `cleanup removed or put back everything the run left (${report.done.length} requests); ${report.statement}`
      : `cleanup left things behind: ${report.failed.join('; ')}`;
    judge.verify('cleanup', null, 'documented', report.complete, message);
    return report;
  } finally {
    client.close();
  }
}

/** The after snapshot, compared with the before one; undefined when there was none to compare. */
async function compareAfter(run: KitRun, interrupted: boolean): Promise<string[] | undefined> {
  const ctx = run.context;
  if (!ctx.before || interrupted) return undefined;
  const client = new ScenarioClient({ ...ctx, signal: new AbortController().signal }, 'after-run');
  try {
    const kept = Object.keys(ctx.before.computers).filter((id) => !ctx.deletedComputers.has(id));
    const after = await takeSnapshot(client.reader(), kept, ctx.before);
    const differences = compareSnapshots(ctx.before, after, ctx.deletedComputers, idKeysOf(ctx));
    const message =
      differences.length === 0
        ? 'the before and after snapshots match: nothing but what the run created changed'
        : `the target changed beyond what the run created: ${differences.slice(0, 10).join('; ')}`;
    client.verify('snapshot', null, 'documented', differences.length === 0, message);
    return differences;
  } catch (error) {
    client.verify('snapshot', null, 'documented', false, `the after snapshot could not be taken: ${(error as Error).message}`);
    return ['(no after snapshot)'];
  }
}

/** Every key the run learned to carry ids: lists in the snapshots are keyed by them. */
function idKeysOf(ctx: RunContext): string[] {
  const keys = [...Object.values(ctx.learned.lists).map((l) => l?.idKey), ...Object.values(ctx.learned.items).map((i) => i.idKey)];
  return [...new Set(keys.filter((k): k is string => typeof k === 'string'))];
}
