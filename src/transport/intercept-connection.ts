import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { ExtensionMarker } from './extension-marker.js';
import { PLACEHOLDER_METHOD } from './extension-marker.js';
import { rejectConnection } from './reject-connection.js';
import { createRequestFramer } from './request-framer.js';

/** What every connection of one installation shares. */
export interface InterceptSetup {
  readonly server: Server;
  readonly methods: readonly string[];
  readonly maxHeaderSize: number;
  readonly marker: ExtensionMarker;
  /** `--insecure-http-parser` is in effect for servers that do not say otherwise. */
  readonly lenientByDefault: boolean;
}

/** The bits of Node's per-connection HTTP parser this layer relies on. */
interface NodeHttpParser {
  onIncoming: ((req: IncomingMessage, keepAlive: boolean) => unknown) | null;
}
type HttpSocket = Socket & { parser?: NodeHttpParser | null };
type DataListener = (chunk: Buffer) => void;

/**
 * Route a connection's bytes through a request framer. Must run after Node's
 * own connection listener: it takes Node's 'data' listener off the socket and
 * calls it with the (possibly rewritten) bytes instead. Returns the function
 * that feeds the framer (to replay bytes Node already refused), or null,
 * leaving the connection untouched, if Node's listener or parser is not where
 * Node 20 puts them (then extension methods get Node's own 400).
 */
export function interceptConnection(socket: Socket, setup: InterceptSetup): DataListener | null {
  const parser = (socket as HttpSocket).parser;
  const httpOnData = socket.listeners('data')[0] as DataListener | undefined;
  if (!parser || typeof parser.onIncoming !== 'function') return null;
  if (typeof httpOnData !== 'function' || httpOnData.name !== 'bound socketOnData') return null;
  restoreMethodsBeforeNodeSeesThem(parser, setup.marker);
  const framer = createRequestFramer({
    methods: setup.methods,
    maxHeaderSize: setup.maxHeaderSize,
    placeholder: PLACEHOLDER_METHOD,
    markerLine: setup.marker.line,
    rejectLoneCR: isLenient(setup),
  });
  let rejected = false;
  const detach = (): void => {
    socket.removeListener('data', onData);
    socket.removeListener('end', onEnd);
  };
  const onData = (chunk: Buffer): void => {
    if (rejected || socket.destroyed) return;
    const bytes = framer.push(chunk);
    if (bytes !== null) httpOnData(bytes);
    if ((socket as HttpSocket).parser !== parser) {
      detach();
      return;
    }
    if (framer.error === null) return;
    rejected = true;
    rejectConnection(setup.server, socket, framer.error);
  };
  const onEnd = (): void => {
    const held = framer.flush();
    if (held !== null && !rejected && !socket.destroyed) httpOnData(held);
  };
  socket.removeListener('data', httpOnData);
  socket.on('data', onData);
  socket.prependListener('end', onEnd);
  return onData;
}

/** Whether Node parses this server's requests leniently (insecureHTTPParser). */
function isLenient(setup: InterceptSetup): boolean {
  const option = (setup.server as Server & { insecureHTTPParser?: boolean }).insecureHTTPParser;
  return option ?? setup.lenientByDefault;
}

/**
 * Wrap the parser's onIncoming (called by Node right after a head is parsed,
 * before 'request', 'checkContinue', 'upgrade', Host and Expect checks) so a
 * rewritten request has its real method back before anything else sees it.
 */
function restoreMethodsBeforeNodeSeesThem(parser: NodeHttpParser, marker: ExtensionMarker): void {
  const onIncoming = parser.onIncoming as (req: IncomingMessage, keepAlive: boolean) => unknown;
  parser.onIncoming = (req, keepAlive) => {
    if (req.method === PLACEHOLDER_METHOD) marker.restore(req);
    return onIncoming(req, keepAlive);
  };
}
