import { createServer, type Server, type ServerResponse } from 'node:http';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import { ApiProblem, problemResponse } from './http/api-problem.js';
import type { AppEnv } from './http/app-env.js';
import { hostRefusal } from './http/middleware/allow-hosts.js';
import { toResponse } from './http/presentation/create-presentation.js';
import type { ProblemWriter } from './http/presentation/create-problem-writer.js';
import { writeClientError } from './http/write-client-error.js';
import { installExtensionMethods } from './transport/install-extension-methods.js';

export interface HttpServerOptions {
  /** Extension methods to admit (the document's: ACTION). */
  extensionMethods: readonly string[];
  /** A client that has not sent its whole request head by then gets a 408 and is closed. */
  headersTimeoutMs: number;
  /** A request whose head and body have not all arrived by then gets a 408; at least `headersTimeoutMs`. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Host names answered besides localhost, *.localhost and IP addresses. */
  allowedHosts?: readonly string[];
  /** The dialect's error writer, for requests the app never sees; problem documents unless given. */
  problem?: ProblemWriter;
}

/**
 * The Node HTTP server for the app, admitting the document's extension methods (ACTION), with every
 * timeout the caller's. A request whose Host is not allowed gets a 403 before the app sees it. A request the adapter cannot even turn into a fetch Request (no Host, a
 * backslash in the path) gets the same problem shape.
 */
export function createHttpServer(app: Hono<AppEnv>, options: HttpServerOptions): Server {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = options;
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new RangeError(`the request timeout (${requestTimeoutMs} ms) must be at least the headers timeout (${headersTimeoutMs} ms)`);
  }
  const serverOptions = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(Math.min(headersTimeoutMs, requestTimeoutMs) / 4))),
    // The adapter refuses a request without Host itself, and answers it with our problem shape.
    requireHostHeader: false,
  };
  const { problem } = options;
  const listener = getRequestListener(app.fetch, { errorHandler: (error) => answerUnusableRequest(error, problem) });
  const server = createServer(serverOptions, (request, response) => {
    const refusal = hostRefusal(request, options.allowedHosts);
    if (refusal) void writeProblem(response, refusal);
    else void listener(request, response);
  });
  installExtensionMethods(server, { methods: options.extensionMethods });
  server.on('clientError', (error, socket) => writeClientError(error, socket, problem));
  return server;
}

/** A problem answered before the app: the same document `problemResponse` writes. */
async function writeProblem(response: ServerResponse, problem: ApiProblem): Promise<void> {
  const answer = problemResponse(problem);
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(await answer.text());
}

function answerUnusableRequest(error: unknown, problem: ProblemWriter | undefined): Response {
  const detail = error instanceof RequestError ? `the request could not be read: ${error.message}` : 'the request could not be read';
  const refused = new ApiProblem('malformed-request', detail);
  return problem ? toResponse(problem(refused)) : problemResponse(refused);
}
