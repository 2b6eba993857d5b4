import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Server as TlsServer } from 'node:tls';
import { createExtensionMarker } from './extension-marker.js';
import { type ConnectionSetup, type FramedConnection, frameConnection } from './framed-connection.js';
import { watchTimeouts } from './request-timeouts.js';

export interface ExtensionMethodsOptions {
  /** Extension method tokens to admit, e.g. `['ACTION']`. Methods Node already knows are ignored. */
  readonly methods: readonly string[];
  /** Longest request head accepted; default `server.maxHeaderSize ?? http.maxHeaderSize` (16 KiB). */
  readonly maxHeaderSize?: number;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_METHOD_LENGTH = 32;
const MAX_METHODS = 30;
/** The events Node emits with a freshly parsed request, before anyone else has seen it. */
const REQUEST_EVENTS = new Set(['request', 'checkContinue', 'checkExpectation', 'upgrade']);
const installed = new WeakSet<Server>();

/**
 * Make `server` accept requests whose method is one of `options.methods`, which Node's parser (llhttp)
 * would otherwise answer with 400 (nodejs/node#41913). Every connection is framed: its bytes reach Node
 * through a framer that rewrites those requests into a form llhttp accepts, and a Duplex that Node is given
 * as the connection. Only public APIs: the server's `connection` listener, `emit`, and a Duplex.
 * Call it once, right after creating the server, before adding `connection` or `request` listeners.
 */
export function installExtensionMethods(server: Server, options: ExtensionMethodsOptions): void {
  const methods = extensionMethodsOf(options.methods);
  const maxHeaderSize = options.maxHeaderSize ?? (server as Server & { maxHeaderSize?: number }).maxHeaderSize ?? http.maxHeaderSize;
  if (!Number.isSafeInteger(maxHeaderSize) || maxHeaderSize <= 0) {
    throw new RangeError(`maxHeaderSize must be a positive integer, got ${String(maxHeaderSize)}`);
  }
  if (methods.length === 0) return;
  if (server instanceof TlsServer) throw new TypeError('extension methods need a plain http.Server; https is not supported');
  if (installed.has(server)) throw new Error('extension methods are already installed on this server');
  installed.add(server);
  const setup: ConnectionSetup = { server, methods, maxHeaderSize, marker: createExtensionMarker(methods), lenient: isLenient(server) };
  const framed = new WeakMap<object, FramedConnection>();
  const timeouts = watchTimeouts(server);
  const nodeListeners = server.listeners('connection') as Array<(socket: unknown) => void>;
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    const connection = frameConnection(socket, setup);
    framed.set(connection.bridge, connection);
    timeouts.add(connection);
    for (const listener of nodeListeners) listener.call(server, connection.bridge);
  });
  const emit = server.emit;
  server.emit = function emitRestored(this: Server, event: string | symbol, req?: unknown, res?: unknown): boolean {
    if (typeof event === 'string' && REQUEST_EVENTS.has(event)) {
      const message = req as IncomingMessage;
      framed.get(message.socket)?.received(message, event === 'upgrade' ? null : (res as ServerResponse));
    }
    // biome-ignore lint/complexity/noArguments: every argument goes on, however many; no array is built per event
    return emit.apply(this, arguments as unknown as Parameters<Server['emit']>);
  };
}

/** Whether Node parses this server's requests leniently (`insecureHTTPParser`, or the process flag). */
function isLenient(server: Server): boolean {
  const option = (server as Server & { insecureHTTPParser?: boolean }).insecureHTTPParser;
  if (option !== undefined) return option;
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return flags.includes('--insecure-http-parser');
}

/** Validated, de-duplicated methods that Node does not already accept. */
function extensionMethodsOf(methods: readonly string[]): string[] {
  const nodeMethods = new Set(http.METHODS);
  const result = new Set<string>();
  for (const method of methods) {
    if (typeof method !== 'string' || !TOKEN.test(method) || method.length > MAX_METHOD_LENGTH) {
      throw new TypeError(`not an HTTP method token: ${JSON.stringify(method)}`);
    }
    if (!nodeMethods.has(method)) result.add(method);
  }
  if (result.size > MAX_METHODS) throw new RangeError(`at most ${MAX_METHODS} extension methods are supported`);
  return [...result];
}
