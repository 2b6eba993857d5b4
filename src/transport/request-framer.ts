import { bodyPhase, chunkDataEndPhase, chunkDataPhase, chunkSizePhase } from './body-phases.js';
import { carryHold, createFramerContext, type FramedMessage, type FramerConfig, type FramerContext, Phase } from './framer-context.js';
import type { FramingError } from './framing-error.js';
import { fieldLinesPhase, headEndPhase } from './header-phases.js';
import { createMethodMatcher } from './method-matcher.js';
import { createOutputBuilder } from './output-builder.js';
import { extensionLinePhase, methodPhase, requestLinePhase, startPhase } from './request-line-phases.js';

export type { FramedMessage } from './framer-context.js';

export interface RequestFramerOptions {
  /** Extension method tokens to rewrite, e.g. `['ACTION']`. */
  readonly methods: readonly string[];
  /** Longest accepted request head / trailer section, in bytes. */
  readonly maxHeaderSize: number;
  /** Method llhttp accepts that stands in for the extension method. */
  readonly placeholder: string;
  /** Header line (without CRLF) injected after a rewritten request line. */
  readonly markerLine: (method: string) => string;
  /** Longest chunk-size line (size + extensions); default 16 KiB. */
  readonly maxChunkLine?: number;
  /**
   * Reject a CR not followed by LF anywhere in a line (costs a second search
   * per line). Default true; may be false only when Node's parser is strict,
   * as it then rejects such a CR by itself.
   */
  readonly rejectLoneCR?: boolean;
  /** Observer for message boundaries (tests, diagnostics). */
  readonly onMessage?: (message: FramedMessage) => void;
}

/** Incremental HTTP/1.1 request framer for one connection. */
export interface RequestFramer {
  /** Feed received bytes; returns the bytes to hand to Node's parser (or null). */
  push(chunk: Buffer): Buffer | null;
  /** At end of input: bytes still held back (a partial method token), or null. */
  flush(): Buffer | null;
  /** Set once framing failed; nothing is forwarded after that. */
  readonly error: FramingError | null;
  /** True after CONNECT / Upgrade: everything is forwarded untouched from then on. */
  readonly passthrough: boolean;
  /** Number of complete messages seen. */
  readonly messages: number;
}

export function createRequestFramer(options: RequestFramerOptions): RequestFramer {
  const ctx = createFramerContext(buildConfig(options), createOutputBuilder());
  return {
    push(chunk) {
      if (ctx.phase === Phase.Passthrough) return chunk.length === 0 ? null : chunk;
      if (ctx.phase === Phase.Failed) return null;
      ctx.out.begin(chunk);
      const stop = run(ctx, chunk);
      if (ctx.holding) carryHold(ctx, chunk);
      return ctx.out.finish(stop);
    },
    flush() {
      const held = ctx.holding ? ctx.held : null;
      ctx.held = null;
      ctx.holding = false;
      return held === null ? null : Buffer.concat(held);
    },
    get error() {
      return ctx.error;
    },
    get passthrough() {
      return ctx.phase === Phase.Passthrough;
    },
    get messages() {
      return ctx.messages;
    },
  };
}

function buildConfig(options: RequestFramerOptions): FramerConfig {
  const markerAfterLine = new Map<string, Buffer>();
  for (const method of options.methods) {
    markerAfterLine.set(method, Buffer.from(`\r\n${options.markerLine(method)}\r\n`, 'latin1'));
  }
  return {
    maxHeaderSize: options.maxHeaderSize,
    maxChunkLine: options.maxChunkLine ?? 16 * 1024,
    rejectLoneCR: options.rejectLoneCR ?? true,
    matcher: createMethodMatcher(options.methods),
    placeholder: Buffer.from(`${options.placeholder} `, 'latin1'),
    markerAfterLine,
    onMessage: options.onMessage,
  };
}

/** Run the state machine over one chunk; returns where forwarding stops. */
function run(ctx: FramerContext, chunk: Buffer): number {
  const length = chunk.length;
  let pos = 0;
  while (pos < length) {
    pos = step(ctx, chunk, pos);
    if (ctx.phase === Phase.Failed) return pos;
  }
  return length;
}

function step(ctx: FramerContext, chunk: Buffer, pos: number): number {
  switch (ctx.phase) {
    case Phase.Start:
      return startPhase(ctx, chunk, pos);
    case Phase.Method:
      return methodPhase(ctx, chunk, pos);
    case Phase.RequestLine:
      return requestLinePhase(ctx, chunk, pos);
    case Phase.ExtensionLine:
      return extensionLinePhase(ctx, chunk, pos);
    case Phase.FieldName:
    case Phase.FieldValue:
      return fieldLinesPhase(ctx, chunk, pos);
    case Phase.HeadEnd:
      return headEndPhase(ctx, chunk, pos);
    case Phase.Body:
      return bodyPhase(ctx, chunk, pos);
    case Phase.ChunkSize:
      return chunkSizePhase(ctx, chunk, pos);
    case Phase.ChunkData:
      return chunkDataPhase(ctx, chunk, pos);
    case Phase.ChunkDataEnd:
      return chunkDataEndPhase(ctx, chunk, pos);
    default:
      return chunk.length;
  }
}
