import type { CheckResult, Outcome } from '../check-result.js';
import type { CleanupReport } from '../cleanup-run.js';
import { describeFlags, type KitOptions } from '../kit-options.js';
import { KIT_VERSION } from '../package-files.js';
import type { RunContext } from '../run-context.js';
import { learnedReport } from '../shapes/learned-report.js';
import { type Coverage, summarizeCoverage } from './coverage.js';
import { decideVerdict, type Verdict } from './verdict.js';

/** The version of report.json's form (`report.schema.json` describes it); it changes when a field changes meaning. */
export const REPORT_VERSION = '2.0.0';
/** The schema's `$id`; the package ships the file as `remotix-mock/contract-tests/report.schema.json`. */
export const REPORT_SCHEMA_ID = 'https://unpkg.com/remotix-mock/contract-tests/report.schema.json';

export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  result: Outcome | 'not-tested';
  detail: string;
  checks: number;
  statuses: number[];
}

/** Everything a run found: the JSON report is this object; JUnit and Markdown are views of it. */
export interface KitReport {
  $schema: string;
  reportVersion: string;
  kit: { name: 'remotix-contract'; version: string };
  runId: string;
  label: string | null;
  target: { url: string; isMock: boolean; startedByKit: boolean; strict: boolean };
  flags: string[];
  permissions: string[];
  computer: string | null;
  startedAt: string;
  finishedAt: string;
  interrupted: string | null;
  verdict: Verdict;
  counts: { checks: number; passed: number; failed: number; differences: number; couldNotCheck: number };
  operations: OperationRow[];
  coverage: Coverage;
  scenarios: Array<{ id: string; title: string; ran: boolean; stopped: boolean; reason: string | null }>;
  results: CheckResult[];
  learned: Record<string, unknown>;
  snapshot: { compared: boolean; differences: string[] };
  cleanup: CleanupReport;
  runLog: string;
}

export interface ReportInput {
  runId: string;
  options: KitOptions;
  target: { url: string; isMock: boolean; startedByKit: boolean };
  context: RunContext;
  /** Each scenario, with the flags it lacked (empty when it ran). */
  scenarios: ReadonlyArray<{ id: string; title: string; missing: readonly string[] }>;
  startedAt: Date;
  finishedAt: Date;
  interrupted: string | undefined;
  cleanup: CleanupReport;
  snapshotDifferences: string[] | undefined;
}

export function buildReport(input: ReportInput): KitReport {
  const { context: ctx, interrupted, cleanup, snapshotDifferences } = input;
  const operations = ctx.contract.operations.map((operation): OperationRow => {
    const results = ctx.results.filter((r) => r.operationId === operation.operationId);
    const reasons = ctx.notTested.filter((n) => n.operationId === operation.operationId).map((n) => n.reason);
    return {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      checks: results.length,
      statuses: [...(ctx.observed.get(operation.operationId) ?? [])].sort((a, b) => a - b),
      ...rowResult(results, reasons, ctx.succeeded.has(operation.operationId)),
    };
  });
  const count = (outcome: Outcome) => ctx.results.filter((r) => r.outcome === outcome).length;
  const counts = {
    checks: ctx.results.length,
    passed: count('pass'),
    failed: count('fail'),
    differences: count('difference'),
    couldNotCheck: count('could-not-check'),
  };
  const coverage = summarizeCoverage(ctx.contract, ctx.observed, ctx.succeeded);
  const scenarios = input.scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    ran: s.missing.length === 0 && !(interrupted && !ctx.results.some((r) => r.scenario === s.id)),
    stopped: ctx.stopped.has(s.id),
    reason: s.missing.length > 0 ? `needs ${s.missing.join(' ')}` : null,
  }));
  const invalid = scenarios.find((s) => s.id === 'invalid-input');
  const invalidInputPassed =
    invalid?.ran === true &&
    !invalid.stopped &&
    ctx.granted.has('writes') &&
    !ctx.results.some((r) => r.scenario === 'invalid-input' && r.outcome === 'fail');
  const documentedCouldNotCheck = ctx.results.filter((r) => r.outcome === 'could-not-check' && r.source === 'documented').length;
  const untested = operations
    .filter((o) => !ctx.succeeded.has(o.operationId))
    .map((o) => ({ operationId: o.operationId, detail: o.detail }));
  return {
    $schema: REPORT_SCHEMA_ID,
    reportVersion: REPORT_VERSION,
    kit: { name: 'remotix-contract', version: KIT_VERSION },
    runId: input.runId,
    label: input.options.label ?? null,
    target: { url: input.target.url, isMock: input.target.isMock, startedByKit: input.target.startedByKit, strict: ctx.strict },
    flags: describeFlags(input.options),
    permissions: [...ctx.granted],
    computer: ctx.computer ?? null,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    interrupted: interrupted ?? null,
    verdict: decideVerdict({
      counts: { ...counts, documentedCouldNotCheck },
      coverage,
      untested,
      granted: ctx.granted,
      invalidInputPassed,
      interrupted,
      cleanup,
      snapshotDifferences,
    }),
    counts,
    operations,
    coverage,
    scenarios,
    results: ctx.results,
    learned: learnedReport(ctx.learned),
    snapshot: { compared: snapshotDifferences !== undefined, differences: snapshotDifferences ?? [] },
    cleanup,
    runLog: ctx.log.file,
  };
}

function rowResult(
  results: readonly CheckResult[],
  reasons: readonly string[],
  succeeded: boolean,
): Pick<OperationRow, 'result' | 'detail'> {
  const of = (outcome: Outcome) => results.filter((r) => r.outcome === outcome);
  const more = (list: readonly CheckResult[]) => (list.length > 1 ? ` (and ${list.length - 1} more)` : '');
  const first = (list: readonly CheckResult[]) => `${list[0]!.check}: ${list[0]!.message}${more(list)}`;
  const failed = of('fail');
  if (failed.length > 0) return { result: 'fail', detail: first(failed) };
  // Of several reasons ("needs --allow-writes", "needs --allow-negative"), the one that asks for the fewest flags.
  const flags = (reason: string) => (reason.match(/--/g) ?? []).length;
  const why = [...new Set(reasons)].sort((a, b) => flags(a) - flags(b))[0];
  if (!succeeded && results.length > 0) {
    return { result: 'could-not-check', detail: `only error answers were judged, its success path did not run${why ? `: ${why}` : ''}` };
  }
  if (!succeeded) return { result: 'not-tested', detail: why ?? 'not exercised by this run' };
  const unchecked = of('could-not-check');
  if (unchecked.length > 0) return { result: 'could-not-check', detail: first(unchecked) };
  const different = of('difference');
  if (different.length > 0) return { result: 'difference', detail: first(different) };
  return { result: 'pass', detail: `${results.length} checks` };
}
