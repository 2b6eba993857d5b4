/**
 * What the framing machine may do to a connection's byte stream. Positions are absolute offsets in the
 * stream (0 is the connection's first byte), so an edit may reach back into bytes of an earlier chunk
 * that are still held.
 */
export interface StreamEdits {
  /** Keep bytes from `at` on back until `release()`: they are not forwarded yet. */
  hold(at: number): void;
  release(): void;
  /** Forward `bytes` instead of input [from, to); from === to inserts. Edits come in stream order. */
  replace(from: number, to: number, bytes: Buffer): void;
  /** Forward nothing from `at` on, nor anything held, ever again. */
  stop(at: number): void;
}

/** Applies the edits: hand it each chunk, let the machine edit, then take what may be forwarded. */
export interface StreamRewriter extends StreamEdits {
  begin(chunk: Buffer): void;
  /** The bytes that may go on now (edits applied), or null. */
  finish(): Buffer | null;
  /** At the end of input: the bytes still held (unedited), or null. */
  drain(): Buffer | null;
}

interface Edit {
  readonly from: number;
  readonly to: number;
  readonly bytes: Buffer;
}

export function createStreamRewriter(): StreamRewriter {
  /** Input not yet forwarded or dropped, from `decided` to `received`. */
  let pieces: Buffer[] = [];
  let decided = 0;
  let received = 0;
  let holdFrom = -1;
  let stopped = false;
  let edits: Edit[] = [];

  const limit = (): number => (holdFrom >= 0 ? Math.min(holdFrom, received) : received);

  return {
    hold(at) {
      if (holdFrom < 0) holdFrom = at;
    },
    release() {
      holdFrom = -1;
    },
    replace(from, to, bytes) {
      edits.push({ from, to, bytes });
    },
    stop(at) {
      if (stopped) return;
      holdFrom = holdFrom >= 0 ? Math.min(holdFrom, at) : at;
      stopped = true;
    },
    begin(chunk) {
      if (!stopped) pieces.push(chunk);
      received += chunk.length;
    },
    finish() {
      const end = limit();
      const only = pieces.length === 1 ? (pieces[0] as Buffer) : null;
      if (only !== null && edits.length === 0 && end === received && decided === received - only.length) {
        pieces = [];
        decided = received;
        return only.length === 0 ? null : only;
      }
      const out = assemble(pieces, decided, end, edits);
      edits = edits.filter((edit) => edit.from >= end && !(edit.from === end && edit.to === end));
      if (stopped) {
        pieces = [];
        edits = [];
        decided = received;
      } else {
        // Held bytes get a buffer of their own: they must not keep a whole received chunk (or a pool slab) alive.
        pieces = end < received ? [copyOf(collect(pieces, decided, end, received, []), Buffer.allocUnsafeSlow)] : [];
        decided = end;
      }
      return out;
    },
    drain() {
      if (stopped || pieces.length === 0) return null;
      const rest = copyOf(collect(pieces, decided, decided, received, []), Buffer.allocUnsafe);
      pieces = [];
      decided = received;
      holdFrom = -1;
      return rest.length === 0 ? null : rest;
    },
  };
}

/**
 * Input [base, end) of `pieces` (which begin at `base`), with the edits that fall in it applied: one copy
 * into a new buffer, or, when it is all one piece of input, a view of it.
 */
function assemble(pieces: readonly Buffer[], base: number, end: number, edits: readonly Edit[]): Buffer | null {
  const ranges: Range[] = [];
  let cursor = base;
  for (const edit of edits) {
    if (edit.from > end || (edit.from === end && edit.to > end)) break;
    collect(pieces, base, cursor, edit.from, ranges);
    if (edit.bytes.length > 0) ranges.push({ bytes: edit.bytes, from: 0, to: edit.bytes.length });
    cursor = edit.to;
  }
  collect(pieces, base, cursor, end, ranges);
  if (ranges.length === 0) return null;
  return ranges.length === 1 ? view(ranges[0] as Range) : copyOf(ranges, Buffer.allocUnsafe);
}

interface Range {
  readonly bytes: Buffer;
  readonly from: number;
  readonly to: number;
}

const view = ({ bytes, from, to }: Range): Buffer => (from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to));

/** Adds to `ranges` where input [from, to) is in `pieces`, which begin at offset `base`. */
function collect(pieces: readonly Buffer[], base: number, from: number, to: number, ranges: Range[]): Range[] {
  let start = base;
  for (const bytes of pieces) {
    const end = start + bytes.length;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b > a) ranges.push({ bytes, from: a - start, to: b - start });
    start = end;
  }
  return ranges;
}

/** A new buffer with the bytes of `ranges`. */
function copyOf(ranges: readonly Range[], allocate: (size: number) => Buffer): Buffer {
  let total = 0;
  for (const range of ranges) total += range.to - range.from;
  const out = allocate(total);
  let at = 0;
  for (const range of ranges) at += range.bytes.copy(out, at, range.from, range.to);
  return out;
}
