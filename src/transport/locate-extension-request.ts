import { METHODS } from 'node:http';

/**
 * Where llhttp gives up on `method`: the length of its longest prefix that is also a prefix of a method
 * llhttp knows. `ACTION` fails at index 2 (`AC` could still become `ACL`).
 */
export function llhttpFailIndex(method: string, known: readonly string[] = METHODS): number {
  let index = 0;
  while (index < method.length && known.some((m) => m.startsWith(method.slice(0, index + 1)))) index++;
  return index;
}

const isTokenByte = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d || byte === 0x5f;

/**
 * After llhttp failed with HPE_INVALID_METHOD at `errorAt` in `raw` (the chunk it was parsing), finds
 * which extension method the client sent and rebuilds the request's bytes from its first byte: the method
 * may have begun in an earlier chunk, of which llhttp kept nothing, but it consumed exactly the bytes
 * before `llhttpFailIndex(method)`. Null when the failed token is not one of `methods`.
 */
export function locateExtensionRequest(
  raw: Buffer,
  errorAt: number,
  methods: readonly string[],
): { method: string; replay: Buffer } | null {
  if (!Number.isSafeInteger(errorAt) || errorAt < 0 || errorAt > raw.length) return null;
  let start = errorAt;
  while (start > 0 && isTokenByte(raw[start - 1]!)) start--;
  let end = errorAt;
  while (end < raw.length && isTokenByte(raw[end]!)) end++;
  const seenHere = raw.toString('latin1', start, end);
  const tokenComplete = end < raw.length;
  for (const method of methods) {
    const failAt = llhttpFailIndex(method);
    const consumedHere = errorAt - start;
    const consumedBefore = failAt - consumedHere;
    // A token that begins in this chunk was all consumed here; one that begins at its start may have begun earlier.
    if (consumedBefore < 0 || (start > 0 && consumedBefore !== 0)) continue;
    const candidate = method.slice(0, consumedBefore) + seenHere;
    if (tokenComplete ? candidate !== method : !method.startsWith(candidate)) continue;
    const prefix = Buffer.from(method.slice(0, consumedBefore), 'latin1');
    return { method, replay: prefix.length > 0 ? Buffer.concat([prefix, raw.subarray(start)]) : raw.subarray(start) };
  }
  return null;
}
