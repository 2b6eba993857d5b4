import { Hono } from 'hono';
import { problemResponse, toApiProblem } from './http/api-problem.js';
import type { AppEnv } from './http/app-env.js';
import { bindOperations } from './http/bind-operations.js';
import { actionHandlers } from './http/handlers/action-handlers.js';
import { adminHandlers } from './http/handlers/admin-handlers.js';
import { computerHandlers } from './http/handlers/computer-handlers.js';
import { connectionHandlers } from './http/handlers/connection-handlers.js';
import { groupHandlers } from './http/handlers/group-handlers.js';
import type { MockControl, RequestState } from './http/handlers/handlers.js';
import { createUnroutedProblem } from './http/method-not-allowed.js';
import { createApiTrafficMiddleware } from './http/middleware/api-traffic.js';
import { createSessionMiddleware } from './http/middleware/use-session.js';

export interface AppOptions {
  mock: MockControl;
  bodyLimit: number;
  /** Where unexpected errors (our bugs) are reported. */
  logError?: (error: unknown) => void;
}

/**
 * The Hono app: the Remotix API and the admin API, each bound by operationId from its document, behind
 * the session lookup and, for API paths, the faults and the request journal.
 */
export function createApp({ mock, bodyLimit, logError = console.error }: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { api, admin, validators } = mock.descriptions;
  app.use('*', createSessionMiddleware(mock.sessions));
  app.use('*', createApiTrafficMiddleware());

  const state = (c: { get(key: 'context'): RequestState['context'] }): RequestState => {
    const context = c.get('context');
    return { store: context.store, context, mock };
  };
  const apiHandlers = { ...groupHandlers, ...connectionHandlers, ...computerHandlers, ...actionHandlers };
  bindOperations(app, { operations: api.operations, validators, handlers: apiHandlers, bodyLimit, state });
  bindOperations(app, { operations: admin.operations, validators, handlers: adminHandlers, bodyLimit, state });

  const unrouted = createUnroutedProblem([...api.operations, ...admin.operations]);
  app.notFound((c) => problemResponse(unrouted(c.req.method, c.req.path)));
  app.onError((error) => {
    const problem = toApiProblem(error);
    if (problem.status >= 500) logError(error);
    return problemResponse(problem);
  });
  return app;
}
