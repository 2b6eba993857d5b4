import { findLineEnd, lineEndError, NEED_MORE } from './find-line-end.js';
import { completeMessage, type FramerContext, fail, Phase, releaseHold, startHold } from './framer-context.js';
import { createFramingError } from './framing-error.js';
import { parseChunkSize } from './framing-fields.js';

/** Content-Length body: skipped by arithmetic, never scanned. */
export function bodyPhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const take = Math.min(ctx.remaining, chunk.length - pos);
  ctx.remaining -= take;
  if (ctx.remaining > 0) return pos + take;
  return completeMessage(ctx, pos + take);
}

/** Chunk-size line (held back until valid): hex size, optional `;extensions`, CRLF. */
export function chunkSizePhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const lf = findLineEnd(ctx, chunk, pos, ctx.config.rejectLoneCR);
  if (lf < NEED_MORE) return fail(ctx, lineEndError(lf), pos);
  const end = lf === NEED_MORE ? chunk.length : lf;
  ctx.capture += chunk.toString('latin1', pos, end);
  if ((ctx.capture as string).length > ctx.config.maxChunkLine) {
    return fail(ctx, createFramingError('HPE_CHUNK_EXTENSIONS_OVERFLOW', 'Chunk extensions overflow', 413), pos);
  }
  if (lf === NEED_MORE) return end;
  const size = parseChunkSize((ctx.capture as string).slice(0, -1));
  ctx.capture = null;
  if (typeof size !== 'number') return fail(ctx, size, pos);
  releaseHold(ctx);
  if (size === 0) {
    ctx.inTrailers = true;
    ctx.headBytes = 0;
    ctx.nameLength = 0;
    ctx.phase = Phase.FieldName;
  } else {
    ctx.remaining = size;
    ctx.phase = Phase.ChunkData;
  }
  return lf + 1;
}

/** Chunk data: skipped by arithmetic, then CRLF is required. */
export function chunkDataPhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const take = Math.min(ctx.remaining, chunk.length - pos);
  ctx.remaining -= take;
  if (ctx.remaining === 0) {
    ctx.phase = Phase.ChunkDataEnd;
    ctx.remaining = 2;
  }
  return pos + take;
}

/** The CRLF that must follow chunk data (possibly split across chunks). */
export function chunkDataEndPhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  let at = pos;
  while (ctx.remaining > 0 && at < chunk.length) {
    const expected = ctx.remaining === 2 ? 13 : 10;
    if (chunk[at] !== expected) {
      return fail(ctx, createFramingError('HPE_STRICT', 'Expected CRLF after chunk data'), pos);
    }
    at++;
    ctx.remaining--;
  }
  if (ctx.remaining === 0) startChunkSizeLine(ctx, at);
  return at;
}

/**
 * A chunk-size line starts at `at`. It is held back until validated: llhttp
 * rejects a bad size as soon as it sees it, which must not happen while
 * earlier requests on the connection are still being answered.
 */
export function startChunkSizeLine(ctx: FramerContext, at: number): void {
  ctx.phase = Phase.ChunkSize;
  ctx.capture = '';
  ctx.lineCR = false;
  startHold(ctx, at);
}
