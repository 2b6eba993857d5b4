import type { CheckResult, Outcome } from '../check-result.js';
import type { CleanupReport } from '../cleanup-run.js';
import { describeFlags } from '../kit-options.js';
import type { KitRun } from '../kit-run.js';
import { KIT_VERSION } from '../package-files.js';
import { type Coverage, summarizeCoverage } from './coverage.js';
import { decideVerdict, type Verdict } from './verdict.js';

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
  counts: { checks: number; passed: number; failed: number; differences: number };
  operations: OperationRow[];
  coverage: Coverage;
  scenarios: Array<{ id: string; title: string; ran: boolean; reason: string | null }>;
  results: CheckResult[];
  snapshot: { compared: boolean; differences: string[] };
  cleanup: CleanupReport;
  runLog: string;
}

export interface ReportInput {
  run: KitRun;
  startedAt: Date;
  finishedAt: Date;
  interrupted: string | undefined;
  cleanup: CleanupReport;
  snapshotDifferences: string[] | undefined;
}

export function buildReport({ run, startedAt, finishedAt, interrupted, cleanup, snapshotDifferences }: ReportInput): KitReport {
  const ctx = run.context;
  const operations = ctx.contract.operations.map((operation): OperationRow => {
    const results = ctx.results.filter((r) => r.operationId === operation.operationId);
    const statuses = [...(ctx.observed.get(operation.operationId) ?? [])].sort((a, b) => a - b);
    return {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      checks: results.length,
      statuses,
      ...rowResult(
        results,
        ctx.notTested.filter((n) => n.operationId === operation.operationId).map((n) => n.reason),
      ),
    };
  });
  const counts = {
    checks: ctx.results.length,
    passed: ctx.results.filter((r) => r.outcome === 'pass').length,
    failed: ctx.results.filter((r) => r.outcome === 'fail').length,
    differences: ctx.results.filter((r) => r.outcome === 'difference').length,
  };
  const coverage = summarizeCoverage(ctx.contract, ctx.observed);
  const scenarios = run.scenarios.map((s) => {
    const missing = run.missing(s);
    return {
      id: s.id,
      title: s.title,
      ran: missing.length === 0 && !(interrupted && !ctx.results.some((r) => r.scenario === s.id)),
      reason: missing.length > 0 ? `needs ${missing.join(' ')}` : null,
    };
  });
  return {
    kit: { name: 'remotix-contract', version: KIT_VERSION },
    runId: run.runId,
    label: run.options.label ?? null,
    target: { url: run.target.url, isMock: run.target.isMock, startedByKit: run.target.startedByKit, strict: ctx.strict },
    flags: describeFlags(run.options),
    permissions: [...ctx.granted],
    computer: ctx.computer ?? null,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    interrupted: interrupted ?? null,
    verdict: decideVerdict({ counts, operations, coverage, granted: ctx.granted, interrupted, cleanup, snapshotDifferences }),
    counts,
    operations,
    coverage,
    scenarios,
    results: ctx.results,
    snapshot: { compared: snapshotDifferences !== undefined, differences: snapshotDifferences ?? [] },
    cleanup,
    runLog: ctx.log.file,
  };
}

function rowResult(results: readonly CheckResult[], reasons: readonly string[]): Pick<OperationRow, 'result' | 'detail'> {
  const failed = results.filter((r) => r.outcome === 'fail');
  const different = results.filter((r) => r.outcome === 'difference');
  const more = (list: readonly CheckResult[]) => (list.length > 1 ? ` (and ${list.length - 1} more)` : '');
  if (failed.length > 0) return { result: 'fail', detail: `${failed[0]!.check}: ${failed[0]!.message}${more(failed)}` };
  if (different.length > 0) return { result: 'difference', detail: `${different[0]!.check}: ${different[0]!.message}${more(different)}` };
  if (results.length > 0) return { result: 'pass', detail: `${results.length} checks` };
  // Of several reasons ("needs --allow-writes", "needs --allow-negative"), the one that asks for the fewest flags.
  const flags = (reason: string) => (reason.match(/--/g) ?? []).length;
  const why = [...new Set(reasons)].sort((a, b) => flags(a) - flags(b))[0];
  return { result: 'not-tested', detail: why ?? 'not exercised by this run' };
}
