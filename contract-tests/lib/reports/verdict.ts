import type { CleanupReport } from '../cleanup-run.js';
import type { Permission } from '../kit-options.js';
import type { Coverage } from './coverage.js';

export interface Verdict {
  /** No check failed, nothing else changed, cleanup is complete, the run was not interrupted. */
  passed: boolean;
  /**
   * Every operation's success path ran and was judged, the invalid-input suite ran and passed, and every
   * documented check could be made: only then is a pass a compatibility verdict.
   */
  full: boolean;
  headline: string;
  /** Why the verdict is not full (or not a pass). */
  reasons: string[];
}

export interface VerdictInput {
  counts: { failed: number; differences: number; couldNotCheck: number; documentedCouldNotCheck: number };
  coverage: Coverage;
  /** Operations whose success path was not judged, with why. */
  untested: ReadonlyArray<{ operationId: string; detail: string }>;
  granted: ReadonlySet<Permission>;
  /** The invalid-input scenario ran to its end with writes allowed, and none of its checks failed. */
  invalidInputPassed: boolean;
  interrupted: string | undefined;
  cleanup: CleanupReport;
  snapshotDifferences: string[] | undefined;
}

export function decideVerdict(input: VerdictInput): Verdict {
  const reasons: string[] = [];
  const { operations } = input.coverage;
  if (input.interrupted) reasons.push(`the run was interrupted (${input.interrupted})`);
  if (!input.granted.has('writes')) reasons.push('the run was read-only (no --allow-writes): nothing was created, changed or deleted');
  if (operations.exercised < operations.total) {
    reasons.push(
      `${operations.total - operations.exercised} of ${operations.total} operations did not have their success path judged: ${input.untested.map((o) => `${o.operationId} (${o.detail})`).join(', ')}`,
    );
  }
  if (!input.granted.has('negative')) reasons.push('invalid input and unsupported methods were not tried (no --allow-negative)');
  else if (!input.invalidInputPassed)
    reasons.push('the invalid-input suite did not run to its end with --allow-writes, or one of its checks failed');
  if (input.counts.documentedCouldNotCheck > 0)
    reasons.push(
      `${input.counts.documentedCouldNotCheck} check(s) of documented behaviour could not be made (listed under "Could not check")`,
    );
  if (input.snapshotDifferences === undefined && !input.interrupted) reasons.push('no before/after snapshot was compared');
  const passed =
    input.counts.failed === 0 && !input.interrupted && input.cleanup.complete && (input.snapshotDifferences ?? []).length === 0;
  const full = reasons.length === 0;
  const extras = [
    input.counts.differences > 0 ? `${input.counts.differences} observed difference(s) from assumed behaviour` : '',
    input.counts.couldNotCheck > 0 ? `${input.counts.couldNotCheck} check(s) could not be made` : '',
  ].filter(Boolean);
  const tail = extras.length > 0 ? `; ${extras.join('; ')}, listed below` : '';
  let headline: string;
  if (!passed) headline = `FAIL: ${input.counts.failed} check(s) failed${input.interrupted ? '; the run was interrupted' : ''}`;
  else if (full) headline = `PASS: all ${operations.total} operations keep the contract${tail}`;
  else headline = `PASS (partial): NOT a full compatibility verdict${tail}`;
  return { passed, full, headline, reasons };
}
