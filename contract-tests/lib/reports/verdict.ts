import type { CleanupReport } from '../cleanup-run.js';
import type { Permission } from '../kit-options.js';
import type { OperationRow } from './build-report.js';
import type { Coverage } from './coverage.js';

export interface Verdict {
  /** No check failed, nothing else changed, cleanup is complete, the run was not interrupted. */
  passed: boolean;
  /** Every operation was exercised and invalid input was tried: only then is a pass a compatibility verdict. */
  full: boolean;
  headline: string;
  /** Why the verdict is not full (or not a pass). */
  reasons: string[];
}

export interface VerdictInput {
  counts: { failed: number; differences: number };
  operations: readonly OperationRow[];
  coverage: Coverage;
  granted: ReadonlySet<Permission>;
  interrupted: string | undefined;
  cleanup: CleanupReport;
  snapshotDifferences: string[] | undefined;
}

export function decideVerdict(input: VerdictInput): Verdict {
  const reasons: string[] = [];
  const untested = input.operations.filter((o) => o.result === 'not-tested');
  if (input.interrupted) reasons.push(`the run was interrupted (${input.interrupted})`);
  if (!input.granted.has('writes')) reasons.push('the run was read-only (no --allow-writes): nothing was created, changed or deleted');
  if (untested.length > 0)
    reasons.push(
      `${untested.length} of ${input.operations.length} operations were not tested: ${untested.map((o) => o.operationId).join(', ')}`,
    );
  if (!input.granted.has('negative')) reasons.push('invalid input and unsupported methods were not tried (no --allow-negative)');
  if (input.snapshotDifferences === undefined && !input.interrupted) reasons.push('no before/after snapshot was compared');
  const passed =
    input.counts.failed === 0 && !input.interrupted && input.cleanup.complete && (input.snapshotDifferences ?? []).length === 0;
  const full = reasons.length === 0;
  const differences =
    input.counts.differences > 0 ? `; ${input.counts.differences} observed difference(s) from assumed behaviour, listed below` : '';
  let headline: string;
  if (!passed) headline = `FAIL: ${input.counts.failed} check(s) failed${input.interrupted ? '; the run was interrupted' : ''}`;
  else if (full) headline = `PASS: all ${input.operations.length} operations keep the contract${differences}`;
  else headline = `PASS (partial): NOT a full compatibility verdict${differences}`;
  return { passed, full, headline, reasons };
}
