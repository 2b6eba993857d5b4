import { startChunkSizeLine } from './body-phases.js';
import { BARE_LF, findLineEnd, LONE_CR, lineEndError, NEED_MORE } from './find-line-end.js';
import { completeMessage, countHead, type FramerContext, fail, headerOverflow, Phase, releaseHold, startHold } from './framer-context.js';
import { createFramingError, type FramingError } from './framing-error.js';
import {
  FIELD_CONTENT_LENGTH,
  FIELD_FIRST_BYTE,
  FIELD_TRANSFER_ENCODING,
  fieldOfBytes,
  fieldOfName,
  isChunkedLast,
  parseContentLength,
} from './framing-fields.js';

const invalidToken = (): FramingError => createFramingError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');

/**
 * Start of a field line (or the empty line ending the head) and the field
 * name. A line whose name may be Content-Length / Transfer-Encoding / Upgrade
 * is held back until its name (and then its value) has been checked: llhttp
 * itself rejects e.g. a second Content-Length as soon as it sees the name.
 */
export function fieldNamePhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  if (ctx.nameLength === 0) {
    const first = chunk[pos] as number;
    if (first === 13) {
      ctx.phase = Phase.HeadEnd;
      return countHead(ctx, 1) ? pos + 1 : headerOverflow(ctx, pos);
    }
    if (first === 10) return fail(ctx, lineEndError(BARE_LF), pos);
    if (first === 32 || first === 9) {
      return fail(ctx, createFramingError('HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value (obs-fold)'), pos);
    }
    if (FIELD_FIRST_BYTE[first] === 1) startHold(ctx, pos);
  }
  const length = chunk.length;
  let at = pos;
  for (; at < length; at++) {
    const byte = chunk[at] as number;
    if (byte === 58) break;
    if (byte <= 32 || byte === 127) return fail(ctx, invalidToken(), pos);
  }
  const colon = at < length;
  if (!countHead(ctx, at - pos + (colon ? 1 : 0))) return headerOverflow(ctx, pos);
  if (ctx.holding) captureName(ctx, chunk, pos, at, colon);
  ctx.nameLength += at - pos;
  if (!colon) return at;
  if (ctx.nameLength === 0) return fail(ctx, invalidToken(), pos);
  ctx.field = ctx.holding ? heldField(ctx, chunk, pos, at) : 0;
  if (ctx.field === 0 && ctx.holding) releaseHold(ctx);
  ctx.capture = ctx.field === 0 ? null : '';
  ctx.phase = Phase.FieldValue;
  return at + 1;
}

/** Keep the text of a held name that spans chunks (rare). */
function captureName(ctx: FramerContext, chunk: Buffer, pos: number, at: number, colon: boolean): void {
  if (ctx.capture === null && colon) return;
  ctx.capture = (ctx.capture ?? '') + chunk.toString('latin1', pos, at);
}

function heldField(ctx: FramerContext, chunk: Buffer, pos: number, at: number): number {
  if (ctx.capture === null) return fieldOfBytes(chunk, pos, at);
  const field = fieldOfName(ctx.capture);
  ctx.capture = null;
  return field;
}

/** Field value up to CRLF; captured only for the few fields that affect framing. */
export function fieldValuePhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const lf = findLineEnd(ctx, chunk, pos, ctx.config.rejectLoneCR);
  if (lf < NEED_MORE) return fail(ctx, lineEndError(lf), pos);
  const end = lf === NEED_MORE ? chunk.length : lf;
  if (ctx.capture !== null) ctx.capture += chunk.toString('latin1', pos, end);
  if (!countHead(ctx, lf === NEED_MORE ? end - pos : end + 1 - pos)) return headerOverflow(ctx, pos);
  if (lf === NEED_MORE) return end;
  ctx.phase = Phase.FieldName;
  ctx.nameLength = 0;
  if (ctx.field === 0) return lf + 1;
  const error = applyField(ctx, (ctx.capture as string).slice(0, -1));
  ctx.capture = null;
  if (error !== null) return fail(ctx, error, pos);
  releaseHold(ctx);
  return lf + 1;
}

/** Record a framing-relevant field; returns the error when the combination is unsafe. */
function applyField(ctx: FramerContext, value: string): FramingError | null {
  if (ctx.inTrailers) {
    return createFramingError('HPE_INVALID_HEADER_TOKEN', 'Framing header field in trailer section');
  }
  if (ctx.field === FIELD_CONTENT_LENGTH) return applyContentLength(ctx, value);
  if (ctx.field === FIELD_TRANSFER_ENCODING) return applyTransferEncoding(ctx, value);
  ctx.phase = Phase.Passthrough;
  return null;
}

function applyContentLength(ctx: FramerContext, value: string): FramingError | null {
  if (ctx.transferEncodings > 0) {
    return createFramingError('HPE_INVALID_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding");
  }
  if (ctx.contentLength !== -1) {
    return createFramingError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length');
  }
  const length = parseContentLength(value);
  if (typeof length !== 'number') return length;
  ctx.contentLength = length;
  return null;
}

function applyTransferEncoding(ctx: FramerContext, value: string): FramingError | null {
  if (ctx.contentLength !== -1) {
    return createFramingError('HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length");
  }
  if (ctx.transferEncodings > 0) {
    return createFramingError('HPE_INVALID_TRANSFER_ENCODING', 'Duplicate Transfer-Encoding');
  }
  ctx.transferEncodings = 1;
  if (!isChunkedLast(value)) {
    return createFramingError('HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`');
  }
  ctx.chunked = true;
  return null;
}

/** CR of the empty line seen; expect its LF, then decide how the body is framed. */
export function headEndPhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  if (chunk[pos] !== 10) return fail(ctx, lineEndError(LONE_CR), pos);
  const next = pos + 1;
  if (ctx.inTrailers) return completeMessage(ctx, next);
  if (ctx.chunked) {
    startChunkSizeLine(ctx, next);
    return next;
  }
  if (ctx.contentLength > 0) {
    ctx.phase = Phase.Body;
    ctx.remaining = ctx.contentLength;
    return next;
  }
  return completeMessage(ctx, next);
}

/** Field lines one after another, without going back to the dispatcher per line. */
export function fieldLinesPhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const length = chunk.length;
  let at = pos;
  while (at < length) {
    if (ctx.phase === Phase.FieldName) at = fieldNamePhase(ctx, chunk, at);
    else if (ctx.phase === Phase.FieldValue) at = fieldValuePhase(ctx, chunk, at);
    else break;
  }
  return at;
}
