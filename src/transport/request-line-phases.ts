import { findLineEnd, lineEndError, NEED_MORE } from './find-line-end.js';
import { countHead, type FramerContext, fail, headerOverflow, Phase, releaseHold, resetMessage, startHold } from './framer-context.js';
import { createFramingError } from './framing-error.js';
import { CONNECT } from './method-matcher.js';

/** Before a request: skip empty lines (CR/LF, as llhttp does), then look at the method. */
export function startPhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const length = chunk.length;
  let at = pos;
  while (at < length) {
    const byte = chunk[at] as number;
    if (byte !== 13 && byte !== 10) break;
    at++;
  }
  if (at === length) return length;
  resetMessage(ctx);
  const mask = ctx.config.matcher.first[chunk[at] as number] as number;
  if (mask === 0) {
    ctx.phase = Phase.RequestLine;
    return at;
  }
  ctx.phase = Phase.Method;
  startHold(ctx, at);
  ctx.tokenLength = 0;
  ctx.candidates = mask;
  return at;
}

/** Method token that may still be an extension method: hold it until decided. */
export function methodPhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const { matcher } = ctx.config;
  let mask = ctx.candidates;
  let length = ctx.tokenLength;
  for (let at = pos; at < chunk.length; at++) {
    const byte = chunk[at] as number;
    if (byte === 32) return decideMethod(ctx, chunk, at, length, matcher.exact(mask, length));
    mask = matcher.narrow(mask, length, byte);
    length++;
    if (mask === 0) return continueRequestLine(ctx, at, length - 1);
  }
  ctx.tokenLength = length;
  ctx.candidates = mask;
  return chunk.length;
}

function continueRequestLine(ctx: FramerContext, at: number, tokenBytes: number): number {
  releaseHold(ctx);
  ctx.headBytes = tokenBytes;
  ctx.phase = Phase.RequestLine;
  return at;
}

function decideMethod(ctx: FramerContext, chunk: Buffer, space: number, length: number, method: string | null): number {
  if (method === null) return continueRequestLine(ctx, space, length);
  if (method === CONNECT) {
    releaseHold(ctx);
    ctx.phase = Phase.Passthrough;
    return chunk.length;
  }
  ctx.out.replace(ctx.holdStart, space + 1, ctx.config.placeholder);
  ctx.held = null;
  ctx.holding = false;
  ctx.extension = method;
  ctx.capture = '';
  ctx.headBytes = length + 1;
  ctx.phase = Phase.ExtensionLine;
  return space + 1;
}

/** Rest of an ordinary request line: forwarded untouched. */
export function requestLinePhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const lf = findLineEnd(ctx, chunk, pos, ctx.config.rejectLoneCR);
  if (lf < NEED_MORE) return fail(ctx, lineEndError(lf), pos);
  const next = lf === NEED_MORE ? chunk.length : lf + 1;
  if (!countHead(ctx, next - pos)) return headerOverflow(ctx, pos);
  if (lf !== NEED_MORE) startFields(ctx);
  return next;
}

function startFields(ctx: FramerContext): void {
  ctx.phase = Phase.FieldName;
  ctx.nameLength = 0;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a request target must not hold control characters
const EXTENSION_TARGET = /^[^\x00-\x20\x7f]+ HTTP\/1\.[01]$/;

/**
 * Rest of an extension request line (`SOURCE ` was already emitted). Bytes are
 * forwarded as they arrive except the final CRLF, which is replaced by CRLF +
 * marker header once the line is known to be a well-formed HTTP/1.x line.
 */
export function extensionLinePhase(ctx: FramerContext, chunk: Buffer, pos: number): number {
  const lf = findLineEnd(ctx, chunk, pos, ctx.config.rejectLoneCR);
  if (lf < NEED_MORE) return fail(ctx, lineEndError(lf), pos);
  const end = lf === NEED_MORE ? chunk.length : lf;
  ctx.capture += chunk.toString('latin1', pos, end);
  if (!countHead(ctx, lf === NEED_MORE ? end - pos : end + 1 - pos)) return headerOverflow(ctx, pos);
  if (lf === NEED_MORE) {
    if (ctx.lineCR) ctx.out.replace(end - 1, end, null);
    return end;
  }
  const line = (ctx.capture as string).slice(0, -1);
  if (!EXTENSION_TARGET.test(line)) {
    return fail(ctx, createFramingError('HPE_INVALID_VERSION', 'Invalid HTTP version'), pos);
  }
  const marker = ctx.config.markerAfterLine.get(ctx.extension as string) as Buffer;
  ctx.out.replace(lf > pos ? lf - 1 : pos, lf + 1, marker);
  ctx.capture = null;
  startFields(ctx);
  return lf + 1;
}
