import { type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiProblem, type ProblemKind } from './api-problem.js';
import type { ProblemWriter } from './presentation/create-problem-writer.js';

interface ClientError extends Error {
  code?: string;
  status?: number;
  reason?: string;
}

const KIND_BY_CODE: Record<string, ProblemKind> = {
  HPE_HEADER_OVERFLOW: 'header-fields-too-large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request-timeout',
};

/**
 * Answers a request that could not be parsed (by Node's parser or by the ACTION transport) with the same
 * error shape as every other error (the dialect's, through `write`), then closes the connection: its
 * framing can't be trusted.
 */
export function writeClientError(error: ClientError, socket: Duplex, write?: ProblemWriter): void {
  const response = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
  // A response that was written in full (its 'finish' may still be due, when it was answered at once) is not in the way.
  if (!socket.writable || (response?.headersSent && !response.writableFinished)) {
    socket.destroy();
    return;
  }
  const kind: ProblemKind = error.status === 431 ? 'header-fields-too-large' : (KIND_BY_CODE[error.code ?? ''] ?? 'malformed-request');
  const problem = new ApiProblem(kind, `the request was refused: ${error.reason ?? error.code ?? error.message}`);
  const { status, headers, body } = write
    ? write(problem)
    : { status: problem.status, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify(problem.toDocument()) };
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`];
  for (const [name, value] of Object.entries(headers)) head.push(`${name === 'content-type' ? 'Content-Type' : name}: ${value}`);
  head.push(`Content-Length: ${body === null ? 0 : Buffer.byteLength(body)}`, 'Connection: close');
  socket.end(`${head.join('\r\n')}\r\n\r\n${body ?? ''}`);
  socket.once('finish', () => socket.destroy());
}
