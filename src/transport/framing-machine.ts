import { BARE_LF, findLineEnd, LONE_CR, lineEndError, NEED_MORE } from './find-line-end.js';
import { createFramingError, type FramingError } from './framing-error.js';
import {
  applyBodyField,
  createMessageFacts,
  FIELD_FIRST_BYTE,
  type FramingField,
  framingFieldIn,
  isRequestTargetAndVersion,
  parseChunkSize,
  resetMessageFacts,
} from './framing-fields.js';
import type { MethodKind, MethodMatcher } from './method-matcher.js';
import type { StreamEdits } from './stream-rewriter.js';

/** Where the machine is in a connection's byte stream; each phase is one method below, in this order. */
export type Phase =
  | 'start' // between messages: skips CR/LF, then begins a request
  | 'method' // the method token (held until known)
  | 'request-line' // the rest of an ordinary request line
  | 'extension-line' // the rest of an extension method's request line
  | 'field-name' // a field line's name, or the empty line that ends the head (or the trailers)
  | 'field-value'
  | 'head-end' // the LF of the empty line
  | 'body' // a Content-Length body
  | 'chunk-size' // a chunk-size line (held)
  | 'chunk-data'
  | 'chunk-data-end' // the CRLF after chunk data
  | 'passthrough' // after CONNECT or an accepted Upgrade: another protocol, nothing to frame
  | 'failed';

export type Progress = 'idle' | 'head' | 'body';

/** What each phase means for the timeouts (a Record over the union: a new phase must say). */
const PROGRESS: Readonly<Record<Phase, Progress>> = {
  start: 'idle',
  method: 'head',
  'request-line': 'head',
  'extension-line': 'head',
  'field-name': 'head',
  'field-value': 'head',
  'head-end': 'head',
  body: 'body',
  'chunk-size': 'body',
  'chunk-data': 'body',
  'chunk-data-end': 'body',
  passthrough: 'idle',
  failed: 'idle',
};

/** Facts about one finished message, for an optional observer. */
export interface FramedMessage {
  /** 0-based index of the message on the connection. */
  readonly index: number;
  /** The extension method the request was rewritten from, or null. */
  readonly extensionMethod: string | null;
  /** Stream offset just after the message's last byte. */
  readonly end: number;
}

export interface MachineConfig {
  readonly maxHeaderSize: number;
  readonly maxChunkLine: number;
  /** Look for CRs not followed by LF (needed when Node's parser is lenient). */
  readonly rejectLoneCR: boolean;
  readonly matcher: MethodMatcher;
  /** What replaces `<extension method> `, e.g. `SOURCE `. */
  readonly placeholder: Buffer;
  /** Per extension method, the marker header line (with CRLF) inserted after its request line. */
  readonly markers: ReadonlyMap<string, Buffer>;
  /** The name Node is shown instead of an Upgrade field's `name`; null lets the upgrade through. */
  readonly renameUpgrade: (name: string) => string | null;
  readonly onMessage: ((message: FramedMessage) => void) | undefined;
}

const fieldError = (reason: string): FramingError => createFramingError('HPE_INVALID_HEADER_TOKEN', reason);
const invalidMethod = (): FramingError => createFramingError('HPE_INVALID_METHOD', 'Invalid method encountered');

/**
 * The request framing state machine of one connection. It parses; what it wants changed in the byte stream
 * (held back, replaced, cut off) it tells `edits` by stream offset, and never touches the bytes itself.
 */
export class FramingMachine {
  phase: Phase = 'start';
  error: FramingError | null = null;
  /** Messages begun and messages complete on the connection. */
  begun = 0;
  complete = 0;
  /** The previous segment of the current line ended with CR (read by findLineEnd). */
  lineCR = false;
  private readonly facts = createMessageFacts();
  /** Stream offset of the current chunk's first byte. */
  private base = 0;
  private holding = false;
  private extension: string | null = null;
  private tokenStart = 0;
  private tokenLength = 0;
  /** The method matcher's state for the token read so far. */
  private token = 0;
  private headBytes = 0;
  /** Text of the current line or field name when it matters, else null. */
  private capture: string | null = null;
  private nameStart = 0;
  private nameEnd = 0;
  private nameLength = 0;
  private name = '';
  private field: FramingField | null = null;
  private remaining = 0;

  constructor(
    private readonly config: MachineConfig,
    private readonly edits: StreamEdits,
  ) {}

  run(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length && this.phase !== 'passthrough' && this.phase !== 'failed') pos = this.step(chunk, pos);
    this.base += chunk.length;
  }

  /** For timeouts: between messages, in a head, or in a body (trailers included). */
  get progress(): Progress {
    const progress = PROGRESS[this.phase];
    return progress === 'head' && this.facts.inTrailers ? 'body' : progress;
  }

  private step(chunk: Buffer, pos: number): number {
    const phase = this.phase;
    switch (phase) {
      case 'start':
        return this.start(chunk, pos);
      case 'method':
        return this.method(chunk, pos);
      case 'request-line':
        return this.requestLine(chunk, pos);
      case 'extension-line':
        return this.extensionLine(chunk, pos);
      case 'field-name':
      case 'field-value':
        return this.fieldLines(chunk, pos);
      case 'head-end':
        return this.headEnd(chunk, pos);
      case 'body':
        return this.body(chunk, pos);
      case 'chunk-size':
        return this.chunkSize(chunk, pos);
      case 'chunk-data':
        return this.chunkData(chunk, pos);
      case 'chunk-data-end':
        return this.chunkDataEnd(chunk, pos);
      case 'passthrough':
      case 'failed':
        return chunk.length;
      default:
        return unreachable(phase);
    }
  }

  private start(chunk: Buffer, pos: number): number {
    let at = pos;
    while (at < chunk.length && (chunk[at] === 13 || chunk[at] === 10)) at++;
    if (at === chunk.length) return at;
    this.begun++;
    resetMessageFacts(this.facts);
    this.extension = null;
    this.headBytes = 0;
    this.lineCR = false;
    this.hold(at);
    this.tokenStart = this.base + at;
    this.tokenLength = 0;
    this.token = this.config.matcher.start;
    this.phase = 'method';
    return at;
  }

  /** The method token, read from this request's own bytes and held until it is known to be one of the methods. */
  private method(chunk: Buffer, pos: number): number {
    const { matcher } = this.config;
    const { transitions, column, width } = matcher;
    let state = this.token;
    let length = this.tokenLength;
    for (let at = pos; at < chunk.length; at++) {
      const byte = chunk[at] as number;
      if (byte === 32) return this.decideMethod(at, length, matcher.kind(state), matcher.method(state));
      state = transitions[state * width + (column[byte] as number)] as number;
      length++;
      if (state === -1) return this.fail(invalidMethod(), at);
    }
    this.token = state;
    this.tokenLength = length;
    return chunk.length;
  }

  private decideMethod(space: number, length: number, kind: MethodKind, method: string | null): number {
    if (kind === null) return this.fail(invalidMethod(), space);
    this.release();
    if (kind === 'connect') {
      this.phase = 'passthrough';
      return space;
    }
    if (kind === 'node') {
      this.headBytes = length;
      this.phase = 'request-line';
      return space;
    }
    this.edits.replace(this.tokenStart, this.base + space + 1, this.config.placeholder);
    this.extension = method;
    this.capture = '';
    this.headBytes = length + 1 + (this.config.markers.get(method as string) as Buffer).length;
    this.phase = 'extension-line';
    return space + 1;
  }

  private requestLine(chunk: Buffer, pos: number): number {
    const lf = findLineEnd(this, chunk, pos, this.config.rejectLoneCR);
    if (lf < NEED_MORE) return this.fail(lineEndError(lf), pos);
    const end = lf === NEED_MORE ? chunk.length : lf + 1;
    if (!this.countHead(end - pos)) return this.overflow(pos);
    if (lf !== NEED_MORE) this.startField();
    return end;
  }

  /** Forwarded as it arrives; once the line is known to be well formed, the marker header follows it. */
  private extensionLine(chunk: Buffer, pos: number): number {
    const lf = findLineEnd(this, chunk, pos, this.config.rejectLoneCR);
    if (lf < NEED_MORE) return this.fail(lineEndError(lf), pos);
    const end = lf === NEED_MORE ? chunk.length : lf + 1;
    if (!this.countHead(end - pos)) return this.overflow(pos);
    this.capture += chunk.toString('latin1', pos, end);
    if (lf === NEED_MORE) return end;
    const rest = (this.capture as string).slice(0, -2);
    if (!isRequestTargetAndVersion(rest)) return this.fail(createFramingError('HPE_INVALID_VERSION', 'Invalid HTTP version'), pos);
    const at = this.base + end;
    this.edits.replace(at, at, this.config.markers.get(this.extension as string) as Buffer);
    this.startField();
    return end;
  }

  private startField(): void {
    this.phase = 'field-name';
    this.nameLength = 0;
    this.capture = null;
  }

  /** Field lines one after another, without a trip through `step` for each. */
  private fieldLines(chunk: Buffer, pos: number): number {
    let at = pos;
    while (at < chunk.length) {
      if (this.phase === 'field-name') at = this.fieldName(chunk, at);
      else if (this.phase === 'field-value') at = this.fieldValue(chunk, at);
      else break;
    }
    return at;
  }

  /** A line whose name may be a framing field is held until its name, then its value, is checked. */
  private fieldName(chunk: Buffer, pos: number): number {
    if (this.nameLength === 0) {
      const first = chunk[pos] as number;
      if (first === 13) {
        this.phase = 'head-end';
        return this.countHead(1) ? pos + 1 : this.overflow(pos);
      }
      if (first === 10) return this.fail(lineEndError(BARE_LF), pos);
      if (first === 32 || first === 9) return this.fail(fieldError('Unexpected whitespace after header value (obs-fold)'), pos);
      this.nameStart = this.base + pos;
      if (FIELD_FIRST_BYTE[first] === 1) this.hold(pos);
    }
    let at = pos;
    for (; at < chunk.length; at++) {
      const byte = chunk[at] as number;
      if (byte === 58) break;
      if (byte <= 32 || byte === 127) return this.fail(fieldError('Invalid header token'), pos);
    }
    const colon = at < chunk.length;
    if (!this.countHead(at - pos + (colon ? 1 : 0))) return this.overflow(pos);
    const spans = this.capture !== null || !colon;
    if (this.holding && spans) this.capture = (this.capture ?? '') + chunk.toString('latin1', pos, at);
    this.nameLength += at - pos;
    if (!colon) return at;
    if (this.nameLength === 0) return this.fail(fieldError('Invalid header token'), pos);
    this.field = this.holding ? this.framingField(chunk, pos, at) : null;
    if (this.holding && this.field === null) this.release();
    this.nameEnd = this.base + at;
    this.capture = this.field === null ? null : '';
    this.phase = 'field-value';
    return at + 1;
  }

  /** Which framing field the held name is; its text is kept only for Upgrade (the rare case). */
  private framingField(chunk: Buffer, pos: number, colon: number): FramingField | null {
    const spanned = this.capture;
    const field = spanned === null ? framingFieldIn(chunk, pos, colon) : framingFieldIn(Buffer.from(spanned, 'latin1'), 0, spanned.length);
    if (field === 'upgrade') this.name = spanned ?? chunk.toString('latin1', pos, colon);
    return field;
  }

  private fieldValue(chunk: Buffer, pos: number): number {
    const lf = findLineEnd(this, chunk, pos, this.config.rejectLoneCR);
    if (lf < NEED_MORE) return this.fail(lineEndError(lf), pos);
    const end = lf === NEED_MORE ? chunk.length : lf + 1;
    if (!this.countHead(end - pos)) return this.overflow(pos);
    if (this.capture !== null) this.capture += chunk.toString('latin1', pos, end);
    if (lf === NEED_MORE) return end;
    this.phase = 'field-name';
    this.nameLength = 0;
    if (this.field === null) return end;
    const value = (this.capture as string).slice(0, -2);
    this.capture = null;
    const error = this.field === 'upgrade' ? this.upgradeField() : applyBodyField(this.facts, this.field, value);
    if (error !== null) return this.fail(error, pos);
    this.release();
    return end;
  }

  /** An upgrade the server takes ends framing; any other is hidden from Node, so HTTP/1.1 goes on. */
  private upgradeField(): FramingError | null {
    if (this.facts.inTrailers) return fieldError('Framing header field in trailer section');
    const renamed = this.config.renameUpgrade(this.name);
    if (renamed === null) {
      this.phase = 'passthrough';
      return null;
    }
    this.edits.replace(this.nameStart, this.nameEnd, Buffer.from(renamed, 'latin1'));
    this.headBytes += renamed.length - this.name.length;
    return this.headBytes <= this.config.maxHeaderSize ? null : createFramingError('HPE_HEADER_OVERFLOW', 'Header overflow', 431);
  }

  private headEnd(chunk: Buffer, pos: number): number {
    if (chunk[pos] !== 10) return this.fail(lineEndError(LONE_CR), pos);
    const next = pos + 1;
    if (this.facts.inTrailers) return this.completeMessage(next);
    if (this.facts.chunked) return this.startChunkSize(next);
    if (this.facts.contentLength <= 0) return this.completeMessage(next);
    this.phase = 'body';
    this.remaining = this.facts.contentLength;
    return next;
  }

  /** Skipped by arithmetic, never scanned. */
  private body(chunk: Buffer, pos: number): number {
    const take = Math.min(this.remaining, chunk.length - pos);
    this.remaining -= take;
    return this.remaining > 0 ? pos + take : this.completeMessage(pos + take);
  }

  /** Held until valid: llhttp would refuse a bad size at once, while earlier requests may be unanswered. */
  private startChunkSize(at: number): number {
    this.phase = 'chunk-size';
    this.capture = '';
    this.lineCR = false;
    this.hold(at);
    return at;
  }

  private chunkSize(chunk: Buffer, pos: number): number {
    const lf = findLineEnd(this, chunk, pos, this.config.rejectLoneCR);
    if (lf < NEED_MORE) return this.fail(lineEndError(lf), pos);
    const end = lf === NEED_MORE ? chunk.length : lf + 1;
    this.capture += chunk.toString('latin1', pos, end);
    if ((this.capture as string).length > this.config.maxChunkLine) {
      return this.fail(createFramingError('HPE_CHUNK_EXTENSIONS_OVERFLOW', 'Chunk extensions overflow', 413), pos);
    }
    if (lf === NEED_MORE) return end;
    const size = parseChunkSize((this.capture as string).slice(0, -2));
    if (typeof size !== 'number') return this.fail(size, pos);
    this.release();
    if (size === 0) {
      this.facts.inTrailers = true;
      this.headBytes = 0;
      this.startField();
    } else {
      this.remaining = size;
      this.phase = 'chunk-data';
    }
    return end;
  }

  private chunkData(chunk: Buffer, pos: number): number {
    const take = Math.min(this.remaining, chunk.length - pos);
    this.remaining -= take;
    if (this.remaining === 0) {
      this.phase = 'chunk-data-end';
      this.remaining = 2;
    }
    return pos + take;
  }

  private chunkDataEnd(chunk: Buffer, pos: number): number {
    let at = pos;
    for (; this.remaining > 0 && at < chunk.length; at++, this.remaining--) {
      if (chunk[at] !== (this.remaining === 2 ? 13 : 10))
        return this.fail(createFramingError('HPE_STRICT', 'Expected CRLF after chunk data'), pos);
    }
    return this.remaining === 0 ? this.startChunkSize(at) : at;
  }

  private completeMessage(next: number): number {
    const index = this.complete++;
    this.config.onMessage?.({ index, extensionMethod: this.extension, end: this.base + next });
    this.phase = 'start';
    return next;
  }

  private hold(at: number): void {
    this.holding = true;
    this.edits.hold(this.base + at);
  }

  private release(): void {
    this.holding = false;
    this.edits.release();
  }

  private countHead(bytes: number): boolean {
    this.headBytes += bytes;
    return this.headBytes <= this.config.maxHeaderSize;
  }

  private overflow(pos: number): number {
    return this.fail(createFramingError('HPE_HEADER_OVERFLOW', 'Header overflow', 431), pos);
  }

  /** Nothing from `pos` on, nor anything held, reaches Node. */
  private fail(error: FramingError, pos: number): number {
    this.error = error;
    this.phase = 'failed';
    this.holding = false;
    this.edits.stop(this.base + pos);
    return pos;
  }
}

function unreachable(phase: never): never {
  throw new Error(`unknown framing phase ${String(phase)}`);
}
