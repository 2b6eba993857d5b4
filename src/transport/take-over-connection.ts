import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { locateExtensionRequest } from './locate-extension-request.js';

/** The bits of Node's per-connection parser a takeover needs (Node 20–24 `HTTPParser`). */
interface NodeParser {
  initialize(type: number, resource: object, maxHeaderSize: number, lenient: number, connections?: unknown): void;
  constructor: { REQUEST: number; kLenientAll?: number; kLenientNone?: number };
}
type HttpSocket = Socket & { parser?: NodeParser | null };
type ErrorListener = (error: Error) => void;

export interface ParseError extends Error {
  code?: string;
  bytesParsed?: number;
  rawPacket?: Buffer;
}

/** Switches a connection to the framing layer and feeds it bytes; null when it cannot. */
export type SwitchToFraming = (socket: Socket) => ((chunk: Buffer) => void) | null;

/**
 * The lazy path: Node parses natively, at full speed, until llhttp refuses a request because of its
 * method. If that method is one of ours, the connection is taken over: the very same parser is
 * re-initialised (so Node's bookkeeping of earlier, maybe still unanswered, requests stays intact), the
 * connection switches to the framing layer for the rest of its life, and the refused request is replayed
 * into it from its first byte.
 */
export function createTakeover(server: Server, methods: readonly string[], lenientByDefault: boolean, switchToFraming: SwitchToFraming) {
  const nodeErrorListeners = new WeakMap<Socket, ErrorListener>();

  return {
    /** At connection time, before any error: Node's own socket error listener, to put back after a takeover. */
    remember(socket: Socket): boolean {
      const listener = socket.listeners('error').find((fn) => fn.name === 'socketOnError') as ErrorListener | undefined;
      if (!listener || !(socket as HttpSocket).parser) return false;
      nodeErrorListeners.set(socket, listener);
      return true;
    },

    /** True when the error was an extension method and the connection now carries it on. */
    takeOver(error: ParseError, socket: Socket): boolean {
      if (error.code !== 'HPE_INVALID_METHOD' || !error.rawPacket || error.bytesParsed === undefined) return false;
      const parser = (socket as HttpSocket).parser;
      const onError = nodeErrorListeners.get(socket);
      const found = locateExtensionRequest(error.rawPacket, error.bytesParsed, methods);
      const connections = connectionsOf(server);
      if (!found || !parser || !onError || !connections || socket.destroyed) return false;
      const lenient =
        ((server as Server & { insecureHTTPParser?: boolean }).insecureHTTPParser ?? lenientByDefault)
          ? (parser.constructor.kLenientAll ?? 0)
          : (parser.constructor.kLenientNone ?? 0);
      parser.initialize(
        parser.constructor.REQUEST,
        { type: 'HTTPINCOMINGMESSAGE', socket },
        (server as Server & { maxHeaderSize?: number }).maxHeaderSize || 0,
        lenient,
        connections,
      );
      restoreErrorListener(socket, onError);
      const feed = switchToFraming(socket);
      if (!feed) return false;
      nodeErrorListeners.delete(socket);
      feed(found.replay);
      return true;
    },
  };
}

/**
 * Node's list of the server's connections (for its timeouts and closeIdleConnections), which it creates on
 * 'listening'. The re-initialised parser must stay in it, or it could never be removed from it.
 */
function connectionsOf(server: Server): object | undefined {
  const key = Object.getOwnPropertySymbols(server).find((symbol) => symbol.description === 'http.server.connections');
  const list = key === undefined ? undefined : (server as unknown as Record<symbol, unknown>)[key];
  return typeof list === 'object' && list !== null ? list : undefined;
}

/** Node swapped its error listener for a no-op when it reported the parse error; the connection lives on. */
function restoreErrorListener(socket: Socket, onError: ErrorListener): void {
  for (const listener of socket.listeners('error')) {
    if (listener.name === 'noop') socket.removeListener('error', listener as ErrorListener);
  }
  if (!socket.listeners('error').includes(onError)) socket.on('error', onError);
}
