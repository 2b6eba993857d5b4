import type { Source } from './contract.js';
import type { RecordedExchange } from './exchange.js';

/** The checks, after Schemathesis' list, plus the kit's own (report.schema.json lists the same). */
export const CHECK_NAMES = [
  'not-a-server-error',
  'status-code-conformance',
  'content-type-conformance',
  'response-schema-conformance',
  'response-conformance',
  'expected-status',
  'resource-availability',
  'state-after-change',
  'use-after-free',
  'idempotent-update',
  'unsupported-method',
  'negative-data-rejection',
  'request',
  'safety',
  'scenario',
  'snapshot',
  'cleanup',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

/**
 * pass; fail (breaks the documented contract, or anything when assumptions bind); difference (breaks only
 * an assumption, on a target where assumptions do not bind); could-not-check (the kit could not read what
 * it needed to judge: never a pass).
 */
export type Outcome = 'pass' | 'fail' | 'difference' | 'could-not-check';

export const OUTCOMES: readonly Outcome[] = ['pass', 'fail', 'difference', 'could-not-check'];

export interface CheckResult {
  scenario: string;
  /** Null for checks of a path or of the run (unsupported methods, snapshot, cleanup). */
  operationId: string | null;
  check: CheckName;
  outcome: Outcome;
  source: Source;
  message: string;
  /** The request and answer the check judged (credentials redacted); null for checks of the run (snapshot, cleanup). */
  exchange: RecordedExchange | null;
}

/** A check that did not hold fails when it breaks the documented part, or when assumptions bind (the mock). */
export function outcomeOf(passed: boolean, source: Source, strict: boolean): Outcome {
  if (passed) return 'pass';
  return source === 'documented' || strict ? 'fail' : 'difference';
}
