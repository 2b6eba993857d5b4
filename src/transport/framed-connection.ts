import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { BridgedSocket } from './bridged-socket.js';
import { type ExtensionMarker, PLACEHOLDER_METHOD } from './extension-marker.js';
import { createFramingError, type FramingError } from './framing-error.js';
import { reportClientError, whenAnswered } from './reject-connection.js';
import { createRequestFramer } from './request-framer.js';

/** What every connection of one installation shares. */
export interface ConnectionSetup {
  readonly server: Server;
  readonly methods: readonly string[];
  readonly maxHeaderSize: number;
  readonly marker: ExtensionMarker;
  /** Node parses this server's requests leniently (insecureHTTPParser): the framer must look for lone CRs. */
  readonly lenient: boolean;
}

/** One client connection, framed: its socket, the bridge Node reads instead, and what timeouts need to know. */
export interface FramedConnection {
  readonly bridge: BridgedSocket;
  /** A request Node parsed from this connection, before any listener sees it: its method and fields restored. */
  received(req: IncomingMessage, res: ServerResponse | null): void;
  /** Whether the message being received is older than a timeout allows (in ms; 0: no limit). */
  expired(now: number, headersTimeout: number, requestTimeout: number): boolean;
  /** Answer 408 and close, as Node does when its own timeouts expire. */
  timeOut(): void;
  /** Responses to requests received in full that are not finished yet, in order. */
  awaited(): ServerResponse[];
  /** Whether a response is being written (its head sent, not finished). */
  writing(): boolean;
}

export function frameConnection(socket: Socket, setup: ConnectionSetup): FramedConnection {
  const { server, marker } = setup;
  const bridge = new BridgedSocket(socket);
  let renamedUpgrades = false;
  const framer = createRequestFramer({
    methods: setup.methods,
    maxHeaderSize: setup.maxHeaderSize,
    placeholder: PLACEHOLDER_METHOD,
    markerLine: marker.line,
    rejectLoneCR: setup.lenient,
    renameUpgrade(name) {
      if (server.listenerCount('upgrade') > 0) return null;
      renamedUpgrades = true;
      return marker.upgradeName(name);
    },
  });
  const responses: Array<{ req: IncomingMessage; res: ServerResponse }> = [];
  let begun = 0;
  let startedAt = 0;
  let refused = false;

  const connection: FramedConnection = {
    bridge,
    received(req, res) {
      if (req.method === PLACEHOLDER_METHOD) marker.restoreMethod(req);
      if (renamedUpgrades) marker.restoreUpgrade(req);
      if (res === null || responses[responses.length - 1]?.res === res) return;
      while (responses.length > 0 && (responses[0] as { res: ServerResponse }).res.writableFinished) responses.shift();
      responses.push({ req, res });
    },
    expired(now, headersTimeout, requestTimeout) {
      const progress = framer.progress;
      if (refused || progress === 'idle' || !bridge.writable) return false;
      const age = now - startedAt;
      return (progress === 'head' && headersTimeout > 0 && age > headersTimeout) || (requestTimeout > 0 && age > requestTimeout);
    },
    timeOut() {
      refused = true;
      reportClientError(server, connection, timeoutError());
    },
    awaited: () => responses.filter(({ req, res }) => req.complete && !res.writableFinished && !res.destroyed).map(({ res }) => res),
    writing: () => responses.some(({ res }) => res.headersSent && !res.writableFinished),
  };

  socket.on('data', (chunk: Buffer) => {
    if (refused || bridge.destroyed) return;
    let bytes: Buffer | null;
    try {
      bytes = framer.push(chunk);
    } catch (bug) {
      // A fault of ours must cost this connection, never the process.
      process.emitWarning(`the request framer failed: ${(bug as Error).stack ?? String(bug)}`, { code: 'EXTENSION_METHODS_FRAMER' });
      refused = true;
      whenAnswered(connection, () =>
        reportClientError(server, connection, createFramingError('HPE_INTERNAL', 'Request could not be framed')),
      );
      return;
    }
    if (bytes !== null) bridge.deliver(bytes);
    // A message still open after this chunk began when the chunk came (the clock is read only then).
    if (framer.begun !== begun && framer.progress !== 'idle') {
      begun = framer.begun;
      startedAt = performance.now();
    }
    const error = framer.error;
    if (error === null) return;
    refused = true;
    whenAnswered(connection, () => reportClientError(server, connection, error));
  });
  socket.on('end', () => {
    const held = framer.flush();
    if (held !== null && !refused) bridge.deliver(held);
    bridge.endOfInput();
  });
  return connection;
}

/** What Node reports when its headers or request timeout expires (`ERR_HTTP_REQUEST_TIMEOUT`). */
function timeoutError(): FramingError {
  return Object.assign(new Error('Request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT', status: 408, reason: 'Request timeout' });
}
