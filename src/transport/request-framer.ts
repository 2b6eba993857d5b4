import type { FramingError } from './framing-error.js';
import { type FramedMessage, FramingMachine, type Progress } from './framing-machine.js';
import { createMethodMatcher } from './method-matcher.js';
import { createStreamRewriter } from './stream-rewriter.js';

export type { FramedMessage, Progress } from './framing-machine.js';

export interface RequestFramerOptions {
  /** Extension method tokens to rewrite, e.g. `['ACTION']`. */
  readonly methods: readonly string[];
  /** Longest accepted request head / trailer section, in bytes (what Node is shown, marker included). */
  readonly maxHeaderSize: number;
  /** The methods Node's parser accepts; default `http.METHODS`. Any other token is refused (HPE_INVALID_METHOD). */
  readonly knownMethods?: readonly string[];
  /** Method llhttp accepts that stands in for the extension method. */
  readonly placeholder: string;
  /** Header line (without CRLF) inserted after a rewritten request line. */
  readonly markerLine: (method: string) => string;
  /** The field name Node is shown instead of an Upgrade field's; null lets the upgrade through. Default: through. */
  readonly renameUpgrade?: (name: string) => string | null;
  /** Longest chunk-size line (size + extensions); default 16 KiB. */
  readonly maxChunkLine?: number;
  /**
   * Reject a CR not followed by LF anywhere in a line (costs a second search per line). Default true; may be
   * false only when Node's parser is strict, as it then rejects such a CR by itself.
   */
  readonly rejectLoneCR?: boolean;
  /** Observer for message boundaries (tests, diagnostics). */
  readonly onMessage?: (message: FramedMessage) => void;
}

/** Incremental HTTP/1.1 request framer for one connection: the machine parses, the rewriter edits. */
export interface RequestFramer {
  /** Feed received bytes; returns the bytes to hand to Node's parser (or null). */
  push(chunk: Buffer): Buffer | null;
  /** At end of input: bytes still held back (a partial method token or framing line), or null. */
  flush(): Buffer | null;
  /** Set once framing failed; nothing is forwarded after that. */
  readonly error: FramingError | null;
  /** True after CONNECT or an upgrade let through: everything is forwarded untouched from then on. */
  readonly passthrough: boolean;
  /** Messages begun and messages complete. */
  readonly begun: number;
  readonly messages: number;
  readonly progress: Progress;
}

export function createRequestFramer(options: RequestFramerOptions): RequestFramer {
  const markers = new Map<string, Buffer>();
  for (const method of options.methods) markers.set(method, Buffer.from(`${options.markerLine(method)}\r\n`, 'latin1'));
  const rewriter = createStreamRewriter();
  const machine = new FramingMachine(
    {
      maxHeaderSize: options.maxHeaderSize,
      maxChunkLine: options.maxChunkLine ?? 16 * 1024,
      rejectLoneCR: options.rejectLoneCR ?? true,
      matcher: createMethodMatcher(options.methods, options.knownMethods),
      placeholder: Buffer.from(`${options.placeholder} `, 'latin1'),
      markers,
      renameUpgrade: options.renameUpgrade ?? (() => null),
      onMessage: options.onMessage,
    },
    rewriter,
  );
  return {
    push(chunk) {
      if (machine.phase === 'passthrough') return chunk.length === 0 ? null : chunk;
      if (machine.phase === 'failed') return null;
      rewriter.begin(chunk);
      machine.run(chunk);
      return rewriter.finish();
    },
    flush: () => (machine.phase === 'failed' ? null : rewriter.drain()),
    get error() {
      return machine.error;
    },
    get passthrough() {
      return machine.phase === 'passthrough';
    },
    get begun() {
      return machine.begun;
    },
    get messages() {
      return machine.complete;
    },
    get progress() {
      return machine.progress;
    },
  };
}
