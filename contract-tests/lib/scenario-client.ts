import { type CheckName, type CheckResult, outcomeOf } from './check-result.js';
import { logBeforeComputerChange } from './computer-changes.js';
import type { Source, Violation } from './contract.js';
import { type RecordedExchange, type Reply, recordExchange } from './exchange.js';
import type { Expectation } from './expectation.js';
import { type ApiRequest, type ApiResponse, RequestError } from './http-client.js';
import type { Permission } from './kit-options.js';
import type { RunContext } from './run-context.js';
import { runName } from './run-id.js';
import type { Reader } from './shapes/discover.js';
import { type Learned, learnError } from './shapes/learned.js';

export type { Expectation } from './expectation.js';

export interface CallOptions {
  body?: unknown;
  raw?: { text: string; contentType?: string };
  query?: string;
  expect?: number | Expectation;
  /** Send and return the answer without judging or counting it (a read that tries a candidate id). */
  quiet?: boolean;
}

/**
 * What an operation on an item the run deleted must answer: 404 (another 4xx is assumed). A 200 breaks the
 * documented part for reads, updates and ACTIONs; for a repeated DELETE it is assumed (`repeat`), since a
 * target may make DELETE idempotent.
 */
export function answersGone(what: string, repeat: 'delete' | undefined = undefined): Expectation {
  return { status: 404, check: 'use-after-free', rejection: repeat ? 'assumed' : 'documented', what, errorKind: 'deleted-item' };
}

/** A scenario cannot go on (an id it needs never came). `source` says what the missing part was. */
export class ScenarioStop extends Error {
  override readonly name = 'ScenarioStop';
  constructor(
    message: string,
    readonly source: Source = 'assumed',
  ) {
    super(message);
  }
}

const VIOLATION_CHECKS: Record<Violation['check'], CheckName> = {
  'server-error': 'not-a-server-error',
  status: 'status-code-conformance',
  'content-type': 'content-type-conformance',
  schema: 'response-schema-conformance',
};

/**
 * What a scenario talks to the target through: every call guarded, logged when it may change the
 * --computer, checked against the document and, if given, an expected status; and the run's bookkeeping.
 */
export class ScenarioClient {
  constructor(
    readonly run: RunContext,
    readonly scenario: string,
  ) {}

  get runId(): string {
    return this.run.runId;
  }

  get learned(): Learned {
    return this.run.learned;
  }

  can(...permissions: Permission[]): boolean {
    return permissions.every((p) => this.run.granted.has(p));
  }

  name(label: string): string {
    return runName(this.run.runId, label);
  }

  /** Reads for discovery: `read` judged (expecting 200), `peek` quiet (trying a candidate id). */
  reader(): Reader {
    return {
      learned: this.learned,
      read: (operationId, params, expect = 200) => this.call(operationId, params, { expect }),
      peek: (operationId, params) => this.call(operationId, params, { quiet: true }),
    };
  }

  /** One operation: guarded, logged if it may change the --computer, sent, checked. */
  async call(operationId: string, params: Record<string, string> = {}, options: CallOptions = {}): Promise<Reply> {
    const { contract, guard } = this.run;
    const operation = contract.operation(operationId);
    const path = contract.pathFor(operationId, params) + (options.query ?? '');
    const request: ApiRequest = { method: operation.method, path, body: options.body, raw: options.raw };
    guard.check({ operationId, method: operation.method, params, body: options.body, raw: options.raw?.text });
    await logBeforeComputerChange(this.run, { operationId, method: operation.method, params });
    const reply = await this.#send(operationId, request, options.quiet === true);
    if (options.quiet) return reply;
    this.#conformance(operationId, params, reply);
    if (options.expect !== undefined) this.#expectation(operationId, reply, options.expect);
    return reply;
  }

  /** A request outside the document (a method the path lacks): guarded, logged, sent, checked only against `expect`. */
  async probe(method: string, path: string, params: Record<string, string>, expect: Expectation, body?: unknown): Promise<Reply> {
    this.run.guard.check({ operationId: null, method, params, body });
    await logBeforeComputerChange(this.run, { operationId: null, method, params });
    const reply = await this.#send(null, { method, path, ...(body === undefined ? {} : { body }) }, false);
    this.#expectation(null, reply, expect);
    return reply;
  }

  /** A read outside the document (a path no operation has), guarded and sent but not judged: what the target makes of it is learned. */
  async peek(path: string): Promise<Reply> {
    this.run.guard.check({ operationId: null, method: 'GET', params: {}, body: undefined });
    return this.#send(null, { method: 'GET', path }, true);
  }

  /** Records one check; returns whether it held. */
  verify(
    check: CheckName,
    operationId: string | null,
    source: Source,
    passed: boolean,
    message: string,
    exchange?: RecordedExchange,
  ): boolean {
    this.#record({ check, operationId, source, message, exchange, outcome: outcomeOf(passed, source, this.run.strict) });
    return passed;
  }

  /** A check the kit could not make (it could not read what it needed): never a pass. */
  couldNotCheck(check: CheckName, operationId: string | null, source: Source, message: string, exchange?: RecordedExchange): void {
    this.#record({ check, operationId, source, message, exchange, outcome: 'could-not-check' });
  }

  /** `verify` when `passed` is known, `couldNotCheck` (with `why`) when it is not. */
  judge(
    check: CheckName,
    operationId: string | null,
    source: Source,
    passed: boolean | undefined,
    message: string,
    exchange?: RecordedExchange,
  ): boolean | undefined {
    if (passed === undefined) this.couldNotCheck(check, operationId, source, message, exchange);
    else this.verify(check, operationId, source, passed, message, exchange);
    return passed;
  }

  notTested(operationIds: readonly string[], reason: string): void {
    for (const operationId of operationIds) this.run.notTested.push({ operationId, reason });
  }

  /** The --computer (or one of its connections) reads as it did: cleanup need not put it back. */
  async markRestored(computer: string, connection?: string): Promise<void> {
    await this.run.log.append({ type: 'restored', computer, ...(connection === undefined ? {} : { connection }) });
    this.run.openChanges.delete(connection === undefined ? computer : `${computer}/${connection}`);
  }

  #record(result: Omit<CheckResult, 'scenario' | 'exchange'> & { exchange: RecordedExchange | undefined }): void {
    this.run.results.push({ scenario: this.scenario, ...result, exchange: result.exchange ?? null });
  }

  async #send(operationId: string | null, request: ApiRequest, quiet: boolean): Promise<Reply> {
    if (this.run.signal.aborted) throw new ScenarioStop('the run was interrupted', 'documented');
    let response: ApiResponse;
    try {
      response = await this.run.client.send(request, this.run.signal);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      if (!quiet) this.verify('request', operationId, 'documented', false, `no answer: ${error.message}`, recordExchange(request));
      throw new ScenarioStop(`${request.method} ${request.path} got no answer`, 'documented');
    }
    if (operationId !== null && !quiet) {
      const seen = this.run.observed.get(operationId) ?? new Set<number>();
      this.run.observed.set(operationId, seen.add(response.status));
    }
    return { ...response, exchange: recordExchange(request, response) };
  }

  #conformance(operationId: string, params: Record<string, string>, reply: Reply): void {
    const violations = this.run.contract.checkResponse(operationId, { ...reply, params });
    const line = `${reply.exchange.request.method} ${reply.exchange.request.path} → ${reply.status}`;
    if (reply.status === 200) this.#learnSuccess(operationId, reply);
    if (violations.length === 0) {
      this.verify(
        'response-conformance',
        operationId,
        'documented',
        true,
        `${line}: status, content type and body match the document`,
        reply.exchange,
      );
    }
    for (const violation of violations) {
      this.verify(VIOLATION_CHECKS[violation.check], operationId, violation.source, false, `${line}: ${violation.message}`, reply.exchange);
    }
  }

  #learnSuccess(operationId: string, reply: Reply): void {
    this.run.succeeded.add(operationId);
    if (reply.contentType) this.learned.mediaTypes.add(reply.contentType);
    const method = reply.exchange.request.method;
    if (method !== 'GET' && !this.learned.successBodies.has(operationId)) {
      this.learned.successBodies.set(operationId, { contentType: reply.contentType, example: reply.exchange.response?.body });
    }
  }

  #expectation(operationId: string | null, reply: Reply, expected: number | Expectation): void {
    const expectation = typeof expected === 'number' ? { status: expected } : expected;
    const { method, path } = reply.exchange.request;
    if (expectation.errorKind !== undefined) {
      learnError(this.learned, expectation.errorKind, reply.status, reply.contentType, reply.exchange.response?.body);
    }
    const what = expectation.what ?? `${method} ${path} answers ${expectation.status}`;
    const passed = reply.status === expectation.status;
    const source = passed ? 'documented' : (expectation.source ?? this.#expectationSource(operationId, expectation, reply.status));
    const message = passed ? what : `${what}: it answered ${reply.status}`;
    this.verify(expectation.check ?? 'expected-status', operationId, source, passed, message, reply.exchange);
  }

  /** A missed 200 or a 5xx breaks the documented part; which 4xx is as the document marks the expected one. */
  #expectationSource(operationId: string | null, expectation: Expectation, actual: number): Source {
    const marked = operationId === null ? undefined : this.run.contract.responseSource(operationId, expectation.status);
    if (expectation.status < 300 || actual >= 500) return 'documented';
    if (actual >= 400 && actual < 500) return marked ?? 'assumed';
    return expectation.rejection ?? marked ?? 'assumed';
  }
}
