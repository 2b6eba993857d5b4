import http, { type Server } from 'node:http';
import type { Socket } from 'node:net';
import { createExtensionMarker } from './extension-marker.js';
import { interceptConnection } from './intercept-connection.js';

export interface ExtensionMethodsOptions {
  /** Extension method tokens to admit, e.g. `['ACTION']`. Methods Node already knows are ignored. */
  readonly methods: readonly string[];
  /** Longest request head accepted; default `server.maxHeaderSize ?? http.maxHeaderSize` (16 KiB). */
  readonly maxHeaderSize?: number;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_METHOD_LENGTH = 32;
const MAX_METHODS = 30;
const installed = new WeakSet<Server>();

/**
 * Make `server` accept requests whose method is one of `options.methods`,
 * which Node's parser (llhttp) would otherwise answer with 400 (see
 * nodejs/node#41913). Every other request is framed but passed on untouched.
 * Call it once, right after creating the server.
 */
export function installExtensionMethods(server: Server, options: ExtensionMethodsOptions): void {
  const methods = extensionMethodsOf(options.methods);
  const maxHeaderSize = options.maxHeaderSize
    ?? (server as Server & { maxHeaderSize?: number }).maxHeaderSize
    ?? http.maxHeaderSize;
  if (!Number.isSafeInteger(maxHeaderSize) || maxHeaderSize <= 0) {
    throw new RangeError(`maxHeaderSize must be a positive integer, got ${String(maxHeaderSize)}`);
  }
  if (methods.length === 0) return;
  if (installed.has(server)) throw new Error('extension methods are already installed on this server');
  installed.add(server);
  const marker = createExtensionMarker(methods);
  const setup = { server, methods, maxHeaderSize, marker, lenientByDefault: insecureParserFlagSet() };
  let warned = false;
  server.on('connection', (socket: Socket) => {
    if (interceptConnection(socket, setup) || warned) return;
    warned = true;
    process.emitWarning('extension methods are not available: this Node version keeps its HTTP parser elsewhere', {
      code: 'EXTENSION_METHODS_UNAVAILABLE',
    });
  });
}

/** Whether the process runs with `--insecure-http-parser` (Node's default for `insecureHTTPParser`). */
function insecureParserFlagSet(): boolean {
  const flags = [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)];
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
