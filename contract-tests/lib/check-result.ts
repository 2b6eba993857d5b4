import type { Source } from './contract.js';
import type { ApiRequest, ApiResponse } from './http-client.js';
import { redact, redactText } from './redact.js';

/** The checks, after Schemathesis' list, plus the kit's own. */
export type CheckName =
  | 'not-a-server-error'
  | 'status-code-conformance'
  | 'content-type-conformance'
  | 'response-schema-conformance'
  | 'response-conformance'
  | 'expected-status'
  | 'resource-availability'
  | 'state-after-change'
  | 'use-after-free'
  | 'idempotent-update'
  | 'unsupported-method'
  | 'negative-data-rejection'
  | 'request'
  | 'safety'
  | 'scenario'
  | 'snapshot'
  | 'cleanup';

/** pass; fail (breaks the documented contract, or anything against the mock); difference (an assumption, on a real target). */
export type Outcome = 'pass' | 'fail' | 'difference';

export interface RecordedExchange {
  request: { method: string; path: string; contentType?: string; body?: unknown };
  response?: { status: number; contentType: string | null; allow?: string | null; body: unknown };
}

export interface CheckResult {
  scenario: string;
  /** Null for checks of a path or of the run (unsupported methods, snapshot, cleanup). */
  operationId: string | null;
  check: CheckName;
  outcome: Outcome;
  source: Source;
  message: string;
  exchange?: RecordedExchange;
}

/** A check that did not hold fails when it breaks the documented part, or when assumptions bind (the mock). */
export function outcomeOf(passed: boolean, source: Source, strict: boolean): Outcome {
  if (passed) return 'pass';
  return source === 'documented' || strict ? 'fail' : 'difference';
}

/** The exchange as the reports show it: credentials redacted. */
export function recordExchange(request: ApiRequest, response?: ApiResponse): RecordedExchange {
  const recorded: RecordedExchange = { request: { method: request.method, path: request.path } };
  if (request.raw) {
    recorded.request.contentType = request.raw.contentType;
    recorded.request.body = redactText(request.raw.text);
  } else if (request.body !== undefined) {
    recorded.request.contentType = 'application/json';
    recorded.request.body = redact(request.body);
  }
  if (response) {
    const body = typeof response.body === 'string' ? redactText(response.body) : redact(response.body);
    recorded.response = { status: response.status, contentType: response.contentType, allow: response.allow, body };
  }
  return recorded;
}
