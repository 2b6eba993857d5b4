import { type Context, Hono } from 'hono';
import { problemResponse, toApiProblem } from './http/api-problem.js';
import { bindOperations } from './http/bind-operations.js';
import { actionHandlers } from './http/handlers/action-handlers.js';
import { adminHandlers } from './http/handlers/admin-handlers.js';
import { computerHandlers } from './http/handlers/computer-handlers.js';
import { connectionHandlers } from './http/handlers/connection-handlers.js';
import { groupHandlers } from './http/handlers/group-handlers.js';
import type { MockState } from './http/handlers/handlers.js';
import { createUnroutedProblem } from './http/method-not-allowed.js';
import type { Descriptions } from './load-descriptions.js';

export interface AppOptions {
  descriptions: Descriptions;
  /** The state a request works on. */
  state: (c: Context) => MockState;
  bodyLimit: number;
  /** Where unexpected errors (our bugs) are reported. */
  logError?: (error: unknown) => void;
}

/** The Hono app: the Remotix API and the admin API, each bound by operationId from its document. */
export function createApp({ descriptions, state, bodyLimit, logError = console.error }: AppOptions): Hono {
  const app = new Hono();
  const { api, admin, validators } = descriptions;
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
