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
        pieces = end < received ? [Buffer.from(concat(slice(pieces, decided, end, received)))] : [];
        decided = end;
      }
      return out;
    },
    drain() {
      if (stopped || pieces.length === 0) return null;
      const rest = concat(pieces);
      pieces = [];
      decided = received;
      holdFrom = -1;
      return rest.length === 0 ? null : rest;
    },
  };
}

/** Input [start, end) of `pieces` (which begin at `base`), with the edits that fall in it applied. */
function assemble(pieces: readonly Buffer[], base: number, end: number, edits: readonly Edit[]): Buffer | null {
  const parts: Buffer[] = [];
  let cursor = base;
  for (const edit of edits) {
    if (edit.from > end || (edit.from === end && edit.to > end)) break;
    parts.push(...slice(pieces, base, cursor, edit.from));
    if (edit.bytes.length > 0) parts.push(edit.bytes);
    cursor = edit.to;
  }
  parts.push(...slice(pieces, base, cursor, end));
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

/** The parts of input [from, to) in `pieces`, which begin at absolute offset `base`; no copying. */
function slice(pieces: readonly Buffer[], base: number, from: number, to: number): Buffer[] {
  const parts: Buffer[] = [];
  let start = base;
  for (const piece of pieces) {
    const end = start + piece.length;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b > a) parts.push(a === start && b === end ? piece : piece.subarray(a - start, b - start));
    start = end;
  }
  return parts;
}

function concat(parts: readonly Buffer[]): Buffer {
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}
