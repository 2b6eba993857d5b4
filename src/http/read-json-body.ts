import type { IncomingMessage } from 'node:http';
import { firstInvalidUtf8Byte } from '../json/first-invalid-utf8-byte.js';
import { describeJsonError, locateJsonError } from '../json/locate-json-error.js';
import { ApiProblem } from './api-problem.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A parsed body and its size on the wire. */
export interface JsonBody {
  value: unknown;
  bytes: number;
}

/** What a request without a body reads as. */
export const NO_BODY: Readonly<JsonBody> = Object.freeze({ value: undefined, bytes: 0 });

/** Whether the request announces a body (chunked, or a Content-Length other than 0). */
export function carriesBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  return request.headers.has('transfer-encoding') || (length !== null && length !== '0');
}

/**
 * The request's JSON body (`value` undefined when it has none). Refuses, without reading further, a body over
 * `limit` bytes (413), one not sent as JSON (415), and one that is not UTF-8 JSON (400). Reads Node's
 * request stream directly when there is one: building a fetch Request for the body costs more than the rest.
 */
export function readJsonBody(
  request: Request,
  incoming: IncomingMessage | undefined,
  limit = DEFAULT_BODY_LIMIT,
  /** false: a body of any content type is read as JSON (a dialect's `requests.contentType: any`). */
  requireJsonType = true,
): Promise<JsonBody> {
  if (!carriesBody(request)) return Promise.resolve(NO_BODY);
  // One promise from the stream to the parsed body: no async function around it, so no extra ticks.
  return readRawBody(request, incoming, limit).then((bytes) => {
    if (bytes.length === 0) return NO_BODY;
    const type = request.headers.get('content-type');
    if (requireJsonType && (type === null || !JSON_TYPE.test(type))) {
      throw new ApiProblem('unsupported-media-type', 'the body must be sent as application/json', [
        { path: '/header/content-type', message: type === null ? 'is required with a body' : 'is not application/json' },
      ]);
    }
    return { value: parse(bytes), bytes: bytes.length };
  });
}

/** The request's body as bytes, whatever it holds; a body over `limit` is refused (413) without reading further. */
export function readRawBody(request: Request, incoming: IncomingMessage | undefined, limit: number): Promise<Uint8Array> {
  const length = request.headers.get('content-length');
  if (length !== null && Number(length) > limit) return Promise.reject(tooLarge(limit));
  // Node's stream is read up to the limit and no further; a fetch Request's body is checked once read.
  if (incoming) return readIncoming(incoming, limit);
  return request.arrayBuffer().then((buffer) => {
    if (buffer.byteLength > limit) throw tooLarge(limit);
    return new Uint8Array(buffer);
  });
}

/** Collects the body, and stops (pausing the stream) as soon as it passes `limit`. */
function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        incoming.pause();
        reject(tooLarge(limit));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(
        new ApiProblem(
          'malformed-request',
          `the body could not be read (${(error as Error & { code?: string }).code ?? 'the connection failed'})`,
        ),
      );
    };
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
  });
}

/** JSON.parse's own message quotes the text around the error (a password, maybe): ours says only where and what. */
function parse(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const message = `is not valid UTF-8 from byte ${firstInvalidUtf8Byte(bytes)}`;
    throw new ApiProblem('malformed-json', 'the body is not valid UTF-8', [{ path: '/body', message }]);
  }
  try {
    return JSON.parse(text);
  } catch {
    const location = locateJsonError(text);
    const path = `/body${location?.pointer ?? ''}`;
    throw new ApiProblem('malformed-json', 'the body is not valid JSON', [{ path, message: describeJsonError(location) }]);
  }
}

function tooLarge(limit: number): ApiProblem {
  return new ApiProblem('payload-too-large', `the body is larger than the limit of ${limit} bytes`);
}
