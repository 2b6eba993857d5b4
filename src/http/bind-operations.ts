import type { IncomingMessage } from 'node:http';
import type { Context, Handler, Hono } from 'hono';
import { BodyNotKept } from '../journal/request-journal.js';
import type { RequestValidator } from '../openapi/create-request-validators.js';
import type { OperationRef } from '../openapi/prebuilt-descriptions.js';
import type { ItemFacts } from '../store/item-facts.js';
import { ApiProblem } from './api-problem.js';
import type { AppEnv } from './app-env.js';
import type { AnswerCache } from './presentation/answer-cache.js';
import { factsAsNow, type Presentation } from './presentation/create-presentation.js';
import { carriesBody, type JsonBody, NO_BODY, readJsonBody } from './read-json-body.js';

/** What a handler gets: the validated request, and the state it works on. */
// biome-ignore lint/suspicious/noExplicitAny: the body is typed by the handler, after validation
export interface OperationInput<Body = any, State = unknown> {
  params: Record<string, string>;
  /** The query parameters the document declares, coerced to their types. */
  // biome-ignore lint/suspicious/noExplicitAny: query values are coerced by the document's schemas
  query: Record<string, any>;
  body: Body;
  /** The method and path as the client sent them, for the action journal. */
  origin: { method: string; path: string };
  state: State;
}

/** Returns the JSON body of the 200 answer (`undefined` answers `{}`), or a whole Response (pages, assets). */
// biome-ignore lint/suspicious/noExplicitAny: each handler reads the body its operation's schema validated
export type OperationHandler<State = unknown> = (input: OperationInput<any, State>) => unknown;

export interface BindOptions<State> {
  operations: readonly OperationRef[];
  validators: ReadonlyMap<string, RequestValidator>;
  handlers: Readonly<Record<string, OperationHandler<State>>>;
  /** The largest request body accepted, in bytes. */
  bodyLimit: number;
  /** Finds the state a request works on. */
  state: (c: Context<AppEnv>) => State;
  /** The API's dialect: how answers and refusals are written and how leniently requests are read. */
  dialect?: { presentation: Presentation; reading: ReadingPolicy; facts: (state: State) => ItemFacts };
  /** Where a read's answers may be kept, and the version of the data they were read from (absent: none kept). */
  answers?: (state: State) => { cache: AnswerCache; version: number };
  /** What each route is bound as, given its own handler (the app's middleware around it); the handler itself unless given. */
  around?: (route: Handler<AppEnv>) => Handler<AppEnv>;
}

/** How leniently the API reads requests (the dialect's `requests`). */
export interface ReadingPolicy {
  query: 'refuse' | 'ignore';
  /** A body on GET or DELETE. */
  unexpectedBody: 'refuse' | 'ignore';
  /** A body on ACTION: `ignore` does not even read it (the others are the validator's business). */
  actionBody: 'empty-object' | 'json' | 'none' | 'ignore';
  contentType: 'json' | 'any';
  /** A PUT with no body at all: refused as a missing body, or read as `{}`. */
  missingBody: 'refuse' | 'empty-object';
}

/**
 * Binds each operation of an OpenAPI document to its handler by operationId: one route per operation, the
 * request validated before the handler runs. Fails if an operation has no handler or a handler no operation.
 */
export function bindOperations<State>(app: Hono<AppEnv>, options: BindOptions<State>): void {
  assertHandlersMatch(options.operations, options.handlers);
  const { dialect } = options;
  const reading = dialect?.reading;
  const readsQuery = reading?.query !== 'ignore';
  for (const operation of bySpecificity(options.operations)) {
    const { operationId } = operation;
    const handler = options.handlers[operationId]!;
    const validate = options.validators.get(operationId)!;
    const write = dialect?.presentation.answers[operationId];
    const reader = operation.method === 'GET' && options.answers ? dialect?.presentation.reads[operationId] : undefined;
    const intake = dialect?.presentation.intake[operationId];
    const refuse = (errors: ReturnType<typeof validate>) =>
      dialect
        ? dialect.presentation.refusal(errors)
        : new ApiProblem('validation', 'the request does not match the API description', errors);
    const before = dialect?.presentation.factsBefore.has(operationId) === true;
    const toResponse = (c: Context<AppEnv>, result: unknown, context: { params: Record<string, string>; facts?: ItemFacts }): Response =>
      result instanceof Response
        ? result
        : write
          ? write(result, context as { params: Record<string, string>; facts: ItemFacts })
          : c.json(result ?? {}, 200);
    const answer = (c: Context<AppEnv>, read: JsonBody): Response | Promise<Response> => {
      const sent = read.value;
      c.set('requestBody', read.bytes <= JOURNALED_BODY_LIMIT ? sent : new BodyNotKept(read.bytes));
      c.set('requestBytes', read.bytes);
      const params = c.req.param() as Record<string, string>;
      const queried = readsQuery && c.req.url.includes('?');
      const query: Record<string, unknown> = queried ? c.req.queries() : {};
      const errors = validate({ path: params, query, body: sent });
      if (errors.length > 0) throw refuse(errors);
      const state = options.state(c);
      // A read without a query, of data that did not change since it was last answered: the same text.
      const kept = reader && !queried ? options.answers!(state) : undefined;
      const key = kept && `${operationId} ${JSON.stringify(params)}`;
      const text = kept && key ? kept.cache.get(kept.version, key) : undefined;
      if (text !== undefined) return reader!.send(text);
      const body = intake && sent !== undefined ? intake(sent as Record<string, unknown>) : sent;
      const origin = { method: operation.method, path: c.req.path };
      const live = dialect?.facts(state);
      const context = { params, facts: live && before ? factsAsNow(live, params) : live };
      if (reader && kept && key) {
        const result = handler({ params, query, body, origin, state });
        if (result instanceof Promise) return result.then((settled) => toResponse(c, settled, context));
        if (result instanceof Response) return result;
        const written = reader.text(result, context as { params: Record<string, string>; facts: ItemFacts });
        kept.cache.set(key, written);
        return reader.send(written);
      }
      const result = handler({ params, query, body, origin, state });
      return result instanceof Promise ? result.then((settled) => toResponse(c, settled, context)) : toResponse(c, result, context);
    };
    const ignoresBody =
      (reading?.unexpectedBody === 'ignore' && (operation.method === 'GET' || operation.method === 'DELETE')) ||
      (reading?.actionBody === 'ignore' && operation.method === 'ACTION');
    const requireJson = reading?.contentType !== 'any';
    const missingIsEmpty = reading?.missingBody === 'empty-object' && operation.method === 'PUT';
    // A request without a body is answered without waiting for a stream: most traffic costs no extra tick.
    const route: Handler<AppEnv> = (c) => {
      if (ignoresBody) return answer(c, NO_BODY);
      if (!carriesBody(c.req.raw)) return answer(c, missingIsEmpty ? { value: {}, bytes: 0 } : NO_BODY);
      const incoming = c.env?.incoming as IncomingMessage | undefined;
      return readJsonBody(c.req.raw, incoming, options.bodyLimit, requireJson).then((read) => answer(c, read));
    };
    app.on(operation.method, toHonoPath(operation.path), options.around ? options.around(route) : route);
  }
}

function assertHandlersMatch(operations: readonly OperationRef[], handlers: Readonly<Record<string, unknown>>): void {
  const ids = new Set(operations.map((operation) => operation.operationId));
  const missing = [...ids].filter((id) => !Object.hasOwn(handlers, id));
  const extra = Object.keys(handlers).filter((id) => !ids.has(id));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [];
    if (missing.length > 0) parts.push(`operations without a handler: ${missing.join(', ')}`);
    if (extra.length > 0) parts.push(`handlers without an operation: ${extra.join(', ')}`);
    throw new Error(`The OpenAPI document and the handlers disagree: ${parts.join('; ')}`);
  }
}

/** Larger bodies are journaled as a note of their size: the journals must stay small. */
export const JOURNALED_BODY_LIMIT = 16 * 1024;

/** `/group/{group_uid}` → `/group/:group_uid`. */
export function toHonoPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

/** Literal segments win over templated ones: `/computer/{id}/actions` is tried before `/computer/{id}/{connection}`. */
function bySpecificity(operations: readonly OperationRef[]): OperationRef[] {
  const templated = (path: string) => (path.match(/\{/g) ?? []).length;
  return [...operations].sort((a, b) => templated(a.path) - templated(b.path));
}
