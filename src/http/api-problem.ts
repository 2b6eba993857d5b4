import { FixtureError } from '../fixtures/fixture-error.js';
import type { FieldError } from '../openapi/to-field-errors.js';
import { SessionError } from '../sessions/session-error.js';
import { DomainError } from '../store/domain-error.js';

/** Every kind of error a client can get, with its status and title: the one place they are defined. */
const TEMPLATES = {
  validation: { status: 400, title: 'Bad Request' },
  // A query string refused, where a dialect tells it from other validation errors.
  'invalid-query': { status: 400, title: 'Bad Request' },
  'malformed-json': { status: 400, title: 'Bad Request' },
  'malformed-request': { status: 400, title: 'Bad Request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  'host-not-allowed': { status: 403, title: 'Forbidden' },
  'cross-site-request': { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not Found' },
  gone: { status: 410, title: 'Gone' },
  'no-credentials': { status: 404, title: 'Not Found' },
  'unknown-path': { status: 404, title: 'Not Found' },
  'method-not-allowed': { status: 405, title: 'Method Not Allowed' },
  'request-timeout': { status: 408, title: 'Request Timeout' },
  conflict: { status: 409, title: 'Conflict' },
  'action-not-offered': { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Content Too Large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported Media Type' },
  'unknown-reference': { status: 422, title: 'Unprocessable Content' },
  'header-fields-too-large': { status: 431, title: 'Request Header Fields Too Large' },
  'too-many-sessions': { status: 429, title: 'Too Many Requests' },
  'invalid-session-name': { status: 400, title: 'Bad Request' },
  'injected-fault': { status: 500, title: 'Injected Fault' },
  'bad-gateway': { status: 502, title: 'Bad Gateway' },
  starting: { status: 503, title: 'Service Unavailable' },
  'memory-budget': { status: 503, title: 'Service Unavailable' },
  internal: { status: 500, title: 'Internal Server Error' },
} as const;

export type ProblemKind = keyof typeof TEMPLATES;

/** The status and title a kind of problem has unless a dialect says otherwise. */
export function problemTemplate(kind: ProblemKind): { status: number; title: string } {
  return TEMPLATES[kind];
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

/** An error that reaches the client as an RFC 9457 problem document. Throw it anywhere in the HTTP layer. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    /** Only for `injected-fault`, whose status the fault rule chooses. */
    readonly chosenStatus?: number,
  ) {
    super(detail);
  }

  get status(): number {
    return this.chosenStatus ?? TEMPLATES[this.kind].status;
  }

  toDocument(): ProblemDocument {
    const { title } = TEMPLATES[this.kind];
    const document: ProblemDocument = { type: `urn:remotix-mock:problem:${this.kind}`, title, status: this.status, detail: this.detail };
    if (this.errors) document.errors = this.errors;
    return document;
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The one place a problem is written: as a fetch Response. */
export function problemResponse(problem: ApiProblem): Response {
  return new Response(JSON.stringify(problem.toDocument()), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...problem.headers },
  });
}

/** Domain errors carry meaning; this decides what they mean in HTTP. Anything else is our fault: a 500. */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof DomainError) {
    const errors = error.field ? [{ path: `/body/${error.field}`, message: error.message }] : undefined;
    if (error.kind === 'invalid-input') return new ApiProblem('validation', 'the request does not match what the item takes', errors);
    const detail = error.field ? `${error.field} names no existing item; nothing was changed` : error.message;
    return new ApiProblem(error.kind, detail, errors);
  }
  if (error instanceof SessionError) {
    const errors = error.kind === 'invalid-session-name' ? [{ path: '/header/x-mock-session', message: error.message }] : undefined;
    return new ApiProblem(error.kind, error.message, errors);
  }
  if (error instanceof FixtureError) {
    return new ApiProblem('validation', 'the body is not a usable fixture', [{ path: `/body${error.pointer}`, message: error.reason }]);
  }
  return new ApiProblem('internal', 'the mock failed to handle this request; this is a bug in remotix-mock');
}
