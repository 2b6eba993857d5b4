import http, { type Server } from 'node:http';
import type { Socket } from 'node:net';
import { createExtensionMarker } from './extension-marker.js';
import { interceptConnection } from './intercept-connection.js';
import { createTakeover, type ParseError } from './take-over-connection.js';

export interface ExtensionMethodsOptions {
  /** Extension method tokens to admit, e.g. `['ACTION']`. Methods Node already knows are ignored. */
  readonly methods: readonly string[];
  /** Longest request head accepted; default `server.maxHeaderSize ?? http.maxHeaderSize` (16 KiB). */
  readonly maxHeaderSize?: number;
  /**
   * `lazy` (the default): Node parses natively until llhttp refuses an extension method, and only that
   * connection then switches to the framing layer, so other traffic costs nothing. `eager`: every
   * connection goes through the framing layer from its first byte.
   */
  readonly mode?: 'lazy' | 'eager';
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_METHOD_LENGTH = 32;
const MAX_METHODS = 30;
const installed = new WeakSet<Server>();
const TAKEN_OVER = Symbol('remotix-mock.extension-method-taken-over');

/**
 * Whether a `clientError` was an extension method that the layer took over: the connection carries on,
 * so a `clientError` listener must leave it alone.
 */
export function wasTakenOver(error: Error): boolean {
  return (error as Error & { [TAKEN_OVER]?: boolean })[TAKEN_OVER] === true;
}

/**
 * Make `server` accept requests whose method is one of `options.methods`,
 * which Node's parser (llhttp) would otherwise answer with 400 (see
 * nodejs/node#41913). Every other request is left to Node as it is.
 * Call it once, right after creating the server, before adding `clientError` listeners.
 */
export function installExtensionMethods(server: Server, options: ExtensionMethodsOptions): void {
  const methods = extensionMethodsOf(options.methods);
  const maxHeaderSize = options.maxHeaderSize ?? (server as Server & { maxHeaderSize?: number }).maxHeaderSize ?? http.maxHeaderSize;
  if (!Number.isSafeInteger(maxHeaderSize) || maxHeaderSize <= 0) {
    throw new RangeError(`maxHeaderSize must be a positive integer, got ${String(maxHeaderSize)}`);
  }
  if (methods.length === 0) return;
  if (installed.has(server)) throw new Error('extension methods are already installed on this server');
  installed.add(server);
  const marker = createExtensionMarker(methods);
  const lenientByDefault = insecureParserFlagSet();
  const setup = { server, methods, maxHeaderSize, marker, lenientByDefault };
  const intercept = (socket: Socket) => interceptConnection(socket, setup);
  let warned = false;
  const warnOnce = () => {
    if (warned) return;
    warned = true;
    process.emitWarning('extension methods are not available: this Node version keeps its HTTP parser elsewhere', {
      code: 'EXTENSION_METHODS_UNAVAILABLE',
    });
  };
  if (options.mode === 'eager') {
    server.on('connection', (socket: Socket) => intercept(socket) ?? warnOnce());
    return;
  }
  const takeover = createTakeover(server, methods, lenientByDefault, intercept);
  server.on('connection', (socket: Socket) => takeover.remember(socket) || warnOnce());
  server.prependListener('clientError', (error: ParseError, socket: Socket) => {
    if (takeover.takeOver(error, socket)) (error as ParseError & { [TAKEN_OVER]?: boolean })[TAKEN_OVER] = true;
    else if (server.listenerCount('clientError') === 1) answerLikeNode(error, socket);
  });
}

/** What Node does with a parse error when nobody listens for `clientError` (we listen, so we must). */
function answerLikeNode(error: ParseError, socket: Socket): void {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (socket.writable && !response?.headersSent) {
    socket.write(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
  }
  socket.destroy(error);
}

/** Whether the process runs with `--insecure-http-parser` (Node's default for `insecureHTTPParser`). */
function insecureParserFlagSet(): boolean {
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
