import { createFramingError, type FramingError } from './framing-error.js';
import type { MethodMatcher } from './method-matcher.js';
import type { OutputBuilder } from './output-builder.js';

/** Phases of the per-connection request framing state machine. */
export const Phase = {
  Start: 0,
  Method: 1,
  RequestLine: 2,
  ExtensionLine: 3,
  FieldName: 4,
  FieldValue: 5,
  HeadEnd: 6,
  Body: 7,
  ChunkSize: 8,
  ChunkData: 9,
  ChunkDataEnd: 10,
  Passthrough: 11,
  Failed: 12,
} as const;

/** Facts about one finished message, reported to an optional observer. */
export interface FramedMessage {
  /** 0-based index of the message on the connection. */
  readonly index: number;
  /** The extension method the request was rewritten from, or null. */
  readonly extensionMethod: string | null;
  /** Offset in the current input chunk just after the message's last byte. */
  readonly end: number;
}

export interface FramerConfig {
  readonly maxHeaderSize: number;
  readonly maxChunkLine: number;
  /** Look for CRs not followed by LF (needed when Node's parser is lenient). */
  readonly rejectLoneCR: boolean;
  readonly matcher: MethodMatcher;
  /** Replacement for `<EXTENSION-METHOD> `, e.g. `SOURCE `. */
  readonly placeholder: Buffer;
  /** Bytes that replace the request line's CRLF: CRLF + marker header line. */
  readonly markerAfterLine: ReadonlyMap<string, Buffer>;
  readonly onMessage: ((message: FramedMessage) => void) | undefined;
}

/** Mutable state of one connection's framer; phases read and update it. */
export interface FramerContext {
  readonly config: FramerConfig;
  readonly out: OutputBuilder;
  phase: number;
  error: FramingError | null;
  messages: number;
  /** Bytes of a not yet validated method token / framing line, kept from earlier chunks. */
  held: Buffer[] | null;
  /** A method token or framing line is being held back from Node. */
  holding: boolean;
  /** Where the held bytes start in the current chunk (0 when they began earlier). */
  holdStart: number;
  tokenLength: number;
  candidates: number;
  extension: string | null;
  /** The previous segment of the current line ended with CR. */
  lineCR: boolean;
  /** Captured text of the current line when its value matters, else null. */
  capture: string | null;
  headBytes: number;
  inTrailers: boolean;
  nameLength: number;
  field: number;
  contentLength: number;
  transferEncodings: number;
  chunked: boolean;
  remaining: number;
}

export function createFramerContext(config: FramerConfig, out: OutputBuilder): FramerContext {
  return {
    config,
    out,
    phase: Phase.Start,
    error: null,
    messages: 0,
    held: null,
    holding: false,
    holdStart: 0,
    tokenLength: 0,
    candidates: 0,
    extension: null,
    lineCR: false,
    capture: null,
    headBytes: 0,
    inTrailers: false,
    nameLength: 0,
    field: 0,
    contentLength: -1,
    transferEncodings: 0,
    chunked: false,
    remaining: 0,
  };
}

/** Reset the per-message state at the start of a new request. */
export function resetMessage(ctx: FramerContext): void {
  ctx.extension = null;
  ctx.lineCR = false;
  ctx.capture = null;
  ctx.headBytes = 0;
  ctx.inTrailers = false;
  ctx.nameLength = 0;
  ctx.field = 0;
  ctx.contentLength = -1;
  ctx.transferEncodings = 0;
  ctx.chunked = false;
  ctx.remaining = 0;
}

/**
 * Stop framing with `error`; returns the position to stop forwarding at.
 * Held bytes (a framing line being validated) are never forwarded.
 */
export function fail(ctx: FramerContext, error: FramingError, at: number): number {
  ctx.error = error;
  ctx.phase = Phase.Failed;
  const stop = ctx.holding ? Math.min(at, ctx.holdStart) : at;
  ctx.held = null;
  ctx.holding = false;
  return stop;
}

/** Start holding back bytes from `at` (in the current chunk) until released. */
export function startHold(ctx: FramerContext, at: number): void {
  ctx.holding = true;
  ctx.holdStart = at;
}

/** The held bytes are fine: forward them (those of earlier chunks first). */
export function releaseHold(ctx: FramerContext): void {
  const held = ctx.held;
  if (held !== null) ctx.out.prepend(held.length === 1 ? (held[0] as Buffer) : Buffer.concat(held));
  ctx.held = null;
  ctx.holding = false;
}

/** At the end of a chunk: move the held tail of `chunk` out of the output. */
export function carryHold(ctx: FramerContext, chunk: Buffer): void {
  const start = ctx.holdStart;
  ctx.holdStart = 0;
  if (start >= chunk.length) return;
  (ctx.held ??= []).push(Buffer.from(chunk.subarray(start)));
  ctx.out.replace(start, chunk.length, null);
}

/** Add `bytes` to the current head (or trailer section); false when it got too long. */
export function countHead(ctx: FramerContext, bytes: number): boolean {
  ctx.headBytes += bytes;
  return ctx.headBytes <= ctx.config.maxHeaderSize;
}

export function headerOverflow(ctx: FramerContext, at: number): number {
  return fail(ctx, createFramingError('HPE_HEADER_OVERFLOW', 'Header overflow', 431), at);
}

/** The message ended just before `next`; get ready for the next request. */
export function completeMessage(ctx: FramerContext, next: number): number {
  const index = ctx.messages;
  ctx.messages = index + 1;
  ctx.config.onMessage?.({ index, extensionMethod: ctx.extension, end: next });
  ctx.phase = Phase.Start;
  return next;
}
