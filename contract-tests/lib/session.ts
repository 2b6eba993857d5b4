import { type CheckName, type CheckResult, outcomeOf, type RecordedExchange, recordExchange } from './check-result.js';
import type { Source, Violation } from './contract.js';
import { type ApiRequest, type ApiResponse, RequestError } from './http-client.js';
import type { Permission } from './kit-options.js';
import type { RunContext } from './run-context.js';
import { runName } from './run-id.js';

export interface Expectation {
  status: number;
  /** The name of the check this expectation is (default `expected-status`). */
  check?: CheckName;
  /** Whether an answer that is not a 4xx, where a 4xx is expected, breaks the documented part. */
  rejection?: Source;
  /** The behaviour, as a sentence: "a deleted group answers 404". */
  what?: string;
  /** Overrides the marks when the behaviour itself is an assumption (e.g. a PUT that adds a connection). */
  source?: Source;
}

export interface CallOptions {
  body?: unknown;
  raw?: { text: string; contentType?: string };
  query?: string;
  expect?: number | Expectation;
}

export type Reply = ApiResponse & { exchange: RecordedExchange };

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

/** What a scenario works with: calls checked against the document, expectations, and the run's bookkeeping. */
export class Session {
  constructor(
    readonly run: RunContext,
    readonly scenario: string,
  ) {}

  get runId(): string {
    return this.run.runId;
  }

  can(...permissions: Permission[]): boolean {
    return permissions.every((p) => this.run.granted.has(p));
  }

  name(label: string): string {
    return runName(this.run.runId, label);
  }

  /** One operation: guarded, sent, checked against the document and, if given, the expected status. */
  async call(operationId: string, params: Record<string, string> = {}, options: CallOptions = {}): Promise<Reply> {
    const { contract, guard } = this.run;
    const operation = contract.operation(operationId);
    const path = contract.pathFor(operationId, params) + (options.query ?? '');
    const request: ApiRequest = { method: operation.method, path, body: options.body, raw: options.raw };
    guard.check({ operationId, method: operation.method, params, body: options.body, raw: options.raw?.text });
    const reply = await this.#send(operationId, request);
    this.#conformance(operationId, params, reply);
    if (options.expect !== undefined) this.#expectation(operationId, reply, options.expect);
    return reply;
  }

  /** A request outside the document (a method the path lacks): guarded, sent, checked only against `expect`. */
  async probe(method: string, path: string, params: Record<string, string>, expect: Expectation): Promise<Reply> {
    this.run.guard.check({ operationId: null, method, params });
    const reply = await this.#send(null, { method, path });
    this.#expectation(null, reply, expect);
    return reply;
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
    const result: CheckResult = {
      scenario: this.scenario,
      operationId,
      check,
      outcome: outcomeOf(passed, source, this.run.strict),
      source,
      message,
    };
    if (!passed && exchange) result.exchange = exchange;
    this.run.results.push(result);
    return passed;
  }

  notTested(operationIds: readonly string[], reason: string): void {
    for (const operationId of operationIds) this.run.notTested.push({ operationId, reason });
  }

  /** The value, or a stop of the scenario when it is missing. */
  need<T>(value: T | undefined | null, why: string, source: Source = 'assumed'): T {
    if (value === undefined || value === null) throw new ScenarioStop(why, source);
    return value;
  }

  async #send(operationId: string | null, request: ApiRequest): Promise<Reply> {
    if (this.run.signal.aborted) throw new ScenarioStop('the run was interrupted', 'documented');
    let response: ApiResponse;
    try {
      response = await this.run.client.send(request, this.run.signal);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      this.verify('request', operationId, 'documented', false, `no answer: ${error.message}`, recordExchange(request));
      throw new ScenarioStop(`${request.method} ${request.path} got no answer`, 'documented');
    }
    if (operationId !== null) {
      const seen = this.run.observed.get(operationId) ?? new Set<number>();
      this.run.observed.set(operationId, seen.add(response.status));
    }
    return { ...response, exchange: recordExchange(request, response) };
  }

  #conformance(operationId: string, params: Record<string, string>, reply: Reply): void {
    const violations = this.run.contract.checkResponse(operationId, { ...reply, params });
    const line = `${reply.exchange.request.method} ${reply.exchange.request.path} → ${reply.status}`;
    if (violations.length === 0) {
      this.verify('response-conformance', operationId, 'documented', true, `${line}: status, content type and body match the document`);
    }
    for (const violation of violations) {
      this.verify(VIOLATION_CHECKS[violation.check], operationId, violation.source, false, `${line}: ${violation.message}`, reply.exchange);
    }
  }

  #expectation(operationId: string | null, reply: Reply, expected: number | Expectation): void {
    const expectation = typeof expected === 'number' ? { status: expected } : expected;
    const { method, path } = reply.exchange.request;
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
