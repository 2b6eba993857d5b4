/**
 * Collects the bytes to forward for one input chunk. Untouched ranges are
 * forwarded as slices of the input (no copy); only when bytes are replaced or
 * inserted is a new buffer assembled.
 */
export interface OutputBuilder {
  begin(chunk: Buffer): void;
  /** Drop input bytes [from, to) and forward `bytes` in their place. */
  replace(from: number, to: number, bytes: Buffer | null): void;
  /** Forward `bytes` before anything of the current chunk (which must be untouched so far). */
  prepend(bytes: Buffer): void;
  /** Bytes to forward for input [0, end), or null when there are none. */
  finish(end: number): Buffer | null;
}

export function createOutputBuilder(): OutputBuilder {
  let chunk: Buffer = Buffer.alloc(0);
  let passFrom = 0;
  let parts: Buffer[] | null = null;

  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    (parts ??= []).push(chunk.subarray(from, to));
  };

  return {
    begin(next) {
      chunk = next;
      passFrom = 0;
      parts = null;
    },
    replace(from, to, bytes) {
      keep(passFrom, from);
      passFrom = to;
      if (bytes !== null && bytes.length > 0) (parts ??= []).push(bytes);
    },
    prepend(bytes) {
      (parts ??= []).unshift(bytes);
    },
    finish(end) {
      if (parts === null) {
        if (passFrom === 0 && end === chunk.length) return end === 0 ? null : chunk;
        return end > passFrom ? chunk.subarray(passFrom, end) : null;
      }
      keep(passFrom, end);
      passFrom = end;
      const out = parts;
      parts = null;
      if (out.length === 0) return null;
      return out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out);
    },
  };
}
