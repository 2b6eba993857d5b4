import http, { type IncomingMessage, type Server, type ServerOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installExtensionMethods } from '../install-extension-methods.js';

/** What the echo handler saw of one request (also the JSON it answers with). */
export interface EchoedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  rawHeaders: string[];
  body: string;
}

export interface EchoServer {
  readonly server: Server;
  readonly port: number;
  /** Every request the handler received completely (body included), in order. */
  readonly requests: EchoedRequest[];
  /** `METHOD url` of every request the handler was called for, complete or not. */
  readonly started: string[];
  /** `METHOD url` of requests that were aborted before their body was complete. */
  readonly aborted: string[];
  /** Number of TCP connections accepted. */
  connections(): number;
  close(): Promise<void>;
}

export interface EchoServerOptions {
  /** Install the extension-method layer (default true). */
  readonly layer?: boolean;
  readonly methods?: readonly string[];
  readonly serverOptions?: ServerOptions;
  /** Delay before answering, in ms (to keep responses in flight). */
  readonly delayMs?: number;
}

/** A plain http.createServer echo server on 127.0.0.1, optionally with the layer. */
export async function startEchoServer(options: EchoServerOptions = {}): Promise<EchoServer> {
  const requests: EchoedRequest[] = [];
  const started: string[] = [];
  const aborted: string[] = [];
  let connections = 0;
  const server = http.createServer(options.serverOptions ?? {}, (req, res) => {
    started.push(`${req.method} ${req.url}`);
    req.on('close', () => {
      if (!req.complete) aborted.push(`${req.method} ${req.url}`);
    });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const echoed: EchoedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks).toString('latin1'),
      };
      requests.push(echoed);
      const answer = (): void => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(echoed));
      };
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  server.on('connection', () => connections++);
  if (options.layer ?? true) installExtensionMethods(server, { methods: options.methods ?? ['ACTION'] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    requests,
    started,
    aborted,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
