import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './create-app.js';
import { createHttpServer } from './create-http-server.js';
import { loadFixtureFile } from './fixtures/load-fixture-file.js';
import type { MockState } from './http/handlers/handlers.js';
import { DEFAULT_BODY_LIMIT } from './http/read-json-body.js';
import { type Descriptions, loadDescriptions } from './load-descriptions.js';
import { DEFAULT_FIXTURES } from './package-paths.js';
import { createIdGenerator } from './store/create-id-generator.js';
import { Store } from './store/store.js';

export interface MockOptions {
  /** Fixture file to start from and reset to. */
  fixtures?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  bodyLimit?: number;
  /** Descriptions already loaded, to start many mocks without loading them again. */
  descriptions?: Descriptions;
}

export interface Mock {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  server: Server;
  store: Store;
  /** Stops accepting connections, lets requests in flight finish (up to `deadlineMs`), then resolves. */
  close(deadlineMs?: number): Promise<void>;
}

/** Loads everything, then listens. Any problem with the documents or the fixtures rejects before listening. */
export async function startMock(options: MockOptions = {}): Promise<Mock> {
  const descriptions = options.descriptions ?? (await loadDescriptions());
  const fixture = await loadFixtureFile(options.fixtures ?? DEFAULT_FIXTURES, descriptions.validateFixture);
  const store = new Store(structuredClone(fixture), {
    settingsDefaults: descriptions.settingsDefaults,
    newId: createIdGenerator(),
    now: () => new Date(),
  });
  const state: MockState = { store, reset: () => store.reset(structuredClone(fixture)) };
  const app = createApp({ descriptions, state: () => state, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  const server = createHttpServer(app, descriptions.api.extensionMethods);
  await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return { url: `http://${host}:${port}`, server, store, close: (deadlineMs) => closeGracefully(server, deadlineMs) };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeGracefully(server: Server, deadlineMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    // A keep-alive connection turns idle when its last response ends: close it then, not at its timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    deadline.unref();
    sweep.unref();
    server.close(() => {
      clearTimeout(deadline);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
