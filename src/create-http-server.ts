import { createServer, type Server } from 'node:http';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import { ApiProblem, problemResponse } from './http/api-problem.js';
import type { AppEnv } from './http/app-env.js';
import { writeClientError } from './http/write-client-error.js';
import { installExtensionMethods } from './transport/install-extension-methods.js';

/**
 * The Node HTTP server for the app, admitting the document's extension methods (ACTION). A client that
 * has not sent its whole head within `headersTimeoutMs` gets a 408 and is closed. A request the adapter
 * cannot even turn into a fetch Request (no Host, a backslash in the path) gets the same problem shape.
 */
export function createHttpServer(app: Hono<AppEnv>, extensionMethods: readonly string[], headersTimeoutMs: number): Server {
  const serverOptions = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: Math.max(headersTimeoutMs, 300_000),
    connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(headersTimeoutMs / 4))),
    // The adapter refuses a request without Host itself, and answers it with our problem shape.
    requireHostHeader: false,
  };
  const listener = getRequestListener(app.fetch, { errorHandler: answerUnusableRequest });
  const server = createServer(serverOptions, listener);
  installExtensionMethods(server, { methods: extensionMethods });
  server.on('clientError', writeClientError);
  return server;
}

function answerUnusableRequest(error: unknown): Response {
  const detail = error instanceof RequestError ? `the request could not be read: ${error.message}` : 'the request could not be read';
  return problemResponse(new ApiProblem('malformed-request', detail));
}
