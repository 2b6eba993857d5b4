import { type Context, type Handler, Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { RouterRoute } from 'hono/types';
import { getPath } from 'hono/utils/url';
import { isAdminPagePath } from './admin-ui/admin-page-paths.js';
import { type ApiProblem, problemResponse, toApiProblem } from './http/api-problem.js';
import type { AppEnv } from './http/app-env.js';
import { bindOperations } from './http/bind-operations.js';
import { CachingRouter } from './http/caching-router.js';
import { composeLayers, type Layer } from './http/compose-layers.js';
import { actionHandlers } from './http/handlers/action-handlers.js';
import { adminHandlers } from './http/handlers/admin-handlers.js';
import { adminUiHandlers } from './http/handlers/admin-ui-handlers.js';
import { computerHandlers } from './http/handlers/computer-handlers.js';
import { connectionHandlers } from './http/handlers/connection-handlers.js';
import { groupHandlers } from './http/handlers/group-handlers.js';
import type { MockControl, RequestState } from './http/handlers/handlers.js';
import { createUnroutedProblem } from './http/method-not-allowed.js';
import { ADMIN_PREFIX, createApiTrafficMiddleware } from './http/middleware/api-traffic.js';
import { createMemoryBudgetGuard } from './http/middleware/guard-memory-budget.js';
import { createRequestLogger, type LogFormat } from './http/middleware/log-requests.js';
import { createCrossSiteGuard } from './http/middleware/refuse-cross-site-writes.js';
import { createDotSegmentGuard } from './http/middleware/reject-dot-segments.js';
import { createBearerTokenMiddleware } from './http/middleware/require-bearer-token.js';
import { createSessionMiddleware } from './http/middleware/use-session.js';
import { createPathNormalizer } from './http/normalize-path.js';
import { AnswerCache } from './http/presentation/answer-cache.js';
import { type Presentation, presentationOf } from './http/presentation/create-presentation.js';
import type { OperationRef } from './openapi/prebuilt-descriptions.js';
import { createProxyMiddleware, type ProxyOptions } from './proxy/create-proxy-middleware.js';
import type { SecurityOptions } from './security-options.js';

export type { SecurityOptions };

export interface AppOptions extends SecurityOptions {
  mock: MockControl;
  bodyLimit: number;
  /** Request logs: none unless asked (the command line asks for text). */
  log?: LogFormat;
  /** Where log lines go; stdout unless given. */
  writeLog?: (line: string) => void;
  /** Where unexpected errors (our bugs) are reported. */
  logError?: (error: unknown) => void;
  /** How the API answers, compiled from the descriptions' dialect unless given. */
  presentation?: Presentation;
  /** Forward every API request to a real Remotix instead of answering it (`--proxy`). */
  proxy?: ProxyOptions;
}

/**
 * The Hono app: the Remotix API and the admin API, each bound by operationId from its document, behind
 * the session lookup and, for API paths, the faults and the request journal.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { mock, bodyLimit, logError = console.error } = options;
  const { api, validators, dialect } = mock.descriptions;
  const presentation = options.presentation ?? presentationOf(dialect);
  const router = new CachingRouter<[Handler<AppEnv>, RouterRoute]>();
  const app = new Hono<AppEnv>(
    dialect.paths.trailingSlash === 'tolerant' ? { getPath: tolerantPaths(api.operations), router } : { router },
  );
  const adminOperations = mock.descriptions.admin.operations.filter((op) => options.admin !== false || op.path === HEALTH_PATH);
  // Every request, routed or not, goes through these in order; each route is bound as one handler that runs
  // them (composeLayers), which Hono calls without its own compose.
  const layers: Layer[] = [];
  if (options.log && options.log !== 'off') {
    layers.push(createRequestLogger(options.log, options.writeLog ?? ((line) => process.stdout.write(`${line}\n`))));
  }
  layers.push(...securityLayers(options));
  layers.push(createDotSegmentGuard());
  layers.push(createSessionMiddleware(mock.sessions));
  layers.push(createMemoryBudgetGuard(mock.sessions));
  layers.push(createApiTrafficMiddleware(presentation.problemResponse));
  if (options.proxy) layers.push(createProxyMiddleware(options.proxy));
  const unrouted = createUnroutedProblem([...api.operations, ...adminOperations]);
  // The admin API is the mock's own: its errors are always problem documents, whatever the dialect.
  const answer = (path: string, problem: ApiProblem) =>
    isAdminPath(path) ? problemResponse(problem) : presentation.problemResponse(problem);
  const onError = (error: Error, c: Context<AppEnv>) => {
    const problem = toApiProblem(error);
    if (problem.kind === 'internal') logError(error);
    return answer(c.req.path, problem);
  };
  const pipeline = composeLayers(layers, onError);
  const around =
    (route: Handler<AppEnv>): Handler<AppEnv> =>
    (c) =>
      pipeline(c, route as (c: Context<AppEnv>) => unknown, true) as Response | Promise<Response>;

  const state = (c: { get(key: 'session'): RequestState['session'] }): RequestState => {
    const session = c.get('session');
    return { store: session.store, session, mock };
  };
  const apiHandlers = { ...groupHandlers, ...connectionHandlers, ...computerHandlers, ...actionHandlers };
  const speech = { presentation, reading: dialect.requests, facts: (s: RequestState) => s.store.facts };
  const caches = new WeakMap<RequestState['store'], AnswerCache>();
  const answers = ({ store }: RequestState) => {
    let cache = caches.get(store);
    if (!cache) caches.set(store, (cache = new AnswerCache()));
    return { cache, version: store.version };
  };
  bindOperations(app, {
    operations: api.operations,
    validators,
    handlers: apiHandlers,
    bodyLimit,
    state,
    dialect: speech,
    answers,
    around,
  });
  const handlers = Object.fromEntries(
    adminOperations.map((op) => [op.operationId, { ...adminHandlers, ...adminUiHandlers }[op.operationId]!]),
  );
  bindOperations(app, { operations: adminOperations, validators, handlers, bodyLimit, state, around });

  const notFound = (c: Context<AppEnv>) => answer(c.req.path, unrouted(c.req.method, c.req.path));
  app.notFound((c) => pipeline(c, notFound, false) as Response | Promise<Response>);
  app.onError(onError);
  return app;
}

/** A dialect's tolerant paths, for the router. */
function tolerantPaths(operations: readonly OperationRef[]): (request: Request) => string {
  const normalize = createPathNormalizer(operations.map((op) => op.path));
  return (request) => normalize(getPath(request));
}

const HEALTH_PATH = `${ADMIN_PREFIX}/health`;
const isAdminPath = (path: string) => path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);

/**
 * CORS first (a preflight carries no token), then writes from other origins, then the tokens. Health stays
 * open for health checks. (The Host was checked before the request reached the app: `createHttpServer`.)
 */
function securityLayers({ token, adminToken, corsOrigins }: SecurityOptions): MiddlewareHandler<AppEnv>[] {
  const layers: MiddlewareHandler<AppEnv>[] = [];
  if (corsOrigins && corsOrigins.length > 0) {
    layers.push(
      cors({
        origin: [...corsOrigins],
        allowMethods: ['GET', 'PUT', 'POST', 'DELETE', 'ACTION'],
        allowHeaders: ['Content-Type', 'Authorization', 'X-Mock-Session'],
        exposeHeaders: ['Allow', 'Retry-After'],
      }),
    );
  }
  layers.push(createCrossSiteGuard({ corsOrigins }));
  if (token) layers.push(createBearerTokenMiddleware(token, (path) => !isAdminPath(path), 'Remotix API'));
  // The pages and their files hold no state (they read it from the admin API, with the token the page asks for).
  const guarded = (path: string) => isAdminPath(path) && path !== HEALTH_PATH && !isAdminPagePath(path);
  if (adminToken) layers.push(createBearerTokenMiddleware(adminToken, guarded, 'admin API'));
  return layers;
}
