import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './http/app-env.js';
import { writeClientError } from './http/write-client-error.js';
import { installExtensionMethods } from './transport/install-extension-methods.js';

/** The Node HTTP server for the app, admitting the document's extension methods (ACTION). */
export function createHttpServer(app: Hono<AppEnv>, extensionMethods: readonly string[]): Server {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  installExtensionMethods(server, { methods: extensionMethods });
  server.on('clientError', writeClientError);
  return server;
}
