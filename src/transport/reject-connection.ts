import { type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FramingError } from './framing-error.js';

type HttpSocket = Socket & { _httpMessage?: ServerResponse | null };

/**
 * Refuse the rest of a connection whose framing failed. Nothing more is
 * forwarded by the caller; this waits until every request Node already
 * received in full has been answered, then reports `error` like Node reports
 * its own parse errors: `clientError` if the server has listeners, otherwise a
 * bare status response and the socket is destroyed.
 */
export function rejectConnection(server: Server, socket: Socket, error: FramingError): void {
  whenForwardedRequestsAnswered(socket as HttpSocket, () => reportFramingError(server, socket, error));
}

/**
 * Node keeps the response being written in `socket._httpMessage` and queues
 * later ones; when one finishes, Node's own 'finish' listener (registered
 * first) attaches the next. So the connection is idle once `_httpMessage` is
 * empty or belongs to the request whose body was cut off (`req.complete`
 * false), which will never complete.
 */
function whenForwardedRequestsAnswered(socket: HttpSocket, done: () => void): void {
  if (socket.destroyed) return;
  const response = socket._httpMessage;
  if (!response || response.req?.complete === false) {
    done();
    return;
  }
  const next = (): void => {
    response.removeListener('finish', next);
    response.removeListener('close', next);
    socket.removeListener('close', next);
    whenForwardedRequestsAnswered(socket, done);
  };
  response.once('finish', next);
  response.once('close', next);
  socket.once('close', next);
}

function reportFramingError(server: Server, socket: HttpSocket, error: FramingError): void {
  if (socket.destroyed) return;
  ignoreFurtherSocketErrors(socket);
  if (server.listenerCount('clientError') > 0) {
    server.emit('clientError', error, socket);
    return;
  }
  const response = socket._httpMessage;
  if (socket.writable && !response?.headersSent) {
    socket.write(`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}\r\nConnection: close\r\n\r\n`);
  }
  socket.destroy();
}

/** What Node does before reporting its own parse errors: later socket errors are ignored. */
function ignoreFurtherSocketErrors(socket: Socket): void {
  for (const listener of socket.listeners('error')) {
    if (listener.name === 'socketOnError') socket.removeListener('error', listener as () => void);
  }
  if (socket.listenerCount('error') === 0) socket.on('error', () => {});
}
