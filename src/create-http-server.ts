import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './http/app-env.js';
import { writeClientError } from './http/write-client-error.js';
import { installExtensionMethods } from './transport/install-extension-methods.js';

/**
 * The Node HTTP server for the app, admitting the document's extension methods (ACTION). A client that
 * has not sent its whole head within `headersTimeoutMs` gets a 408 and is closed.
 */
export function createHttpServer(app: Hono<AppEnv>, extensionMethods: readonly string[], headersTimeoutMs: number): Server {
  const serverOptions = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: Math.max(headersTimeoutMs, 300_000),
    connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(headersTimeoutMs / 4))),
  };
  const server = createAdaptorServer({ fetch: app.fetch, serverOptions }) as Server;
  installExtensionMethods(server, { methods: extensionMethods });
  server.on('clientError', writeClientError);
  return server;
}
