import { ApiProblem } from './api-problem.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The request's JSON body, or undefined when it has none. Refuses, without reading further, a body over
 * `limit` bytes (413), one not sent as JSON (415), and one that is not UTF-8 JSON (400).
 */
export async function readJsonBody(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  if (request.body === null) return undefined;
  const length = request.headers.get('content-length');
  if (length !== null && Number(length) > limit) throw tooLarge(limit);
  const bytes = await readAtMost(request, limit);
  if (bytes.length === 0) return undefined;
  const type = request.headers.get('content-type');
  if (type === null || !JSON_TYPE.test(type)) {
    throw new ApiProblem('unsupported-media-type', 'the body must be sent as application/json', [
      { path: '/header/content-type', message: type === null ? 'is required with a body' : `is ${type}, not application/json` },
    ]);
  }
  return parse(bytes);
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body ?? []) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function parse(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ApiProblem('malformed-json', 'the body is not valid UTF-8', [{ path: '/body', message: 'is not valid UTF-8' }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new ApiProblem('malformed-json', 'the body is not valid JSON', [{ path: '/body', message: `is not valid JSON: ${reason}` }]);
  }
}

function tooLarge(limit: number): ApiProblem {
  return new ApiProblem('payload-too-large', `the body is larger than the limit of ${limit} bytes`);
}
