/**
 * Incremental matcher for the method token of a request line. It tracks, as a
 * bit mask, which of a few interesting methods (the extension methods plus
 * CONNECT) the bytes seen so far are still a prefix of.
 */
export const CONNECT = 'CONNECT';

export interface MethodMatcher {
  /** Candidate mask for a token starting with `byte` (0: nothing to watch). */
  readonly first: Uint32Array;
  /** Mask after byte `byte` at token position `index`. */
  narrow(mask: number, index: number, byte: number): number;
  /** The candidate whose full name is exactly `length` bytes long, or null. */
  exact(mask: number, length: number): string | null;
}

export function createMethodMatcher(methods: readonly string[]): MethodMatcher {
  const names = [...new Set([...methods, CONNECT])];
  if (names.length > 31) throw new RangeError('at most 30 extension methods are supported');
  const codes = names.map((name) => Buffer.from(name, 'latin1'));
  const first = new Uint32Array(256);
  codes.forEach((code, bit) => {
    first[code[0] as number] = (first[code[0] as number] as number) | (1 << bit);
  });

  return {
    first,
    narrow(mask, index, byte) {
      let next = mask;
      for (let bit = 0; bit < codes.length; bit++) {
        if ((mask & (1 << bit)) === 0) continue;
        const code = codes[bit] as Buffer;
        if (index >= code.length || code[index] !== byte) next &= ~(1 << bit);
      }
      return next;
    },
    exact(mask, length) {
      for (let bit = 0; bit < codes.length; bit++) {
        if ((mask & (1 << bit)) !== 0 && (codes[bit] as Buffer).length === length) {
          return names[bit] as string;
        }
      }
      return null;
    },
  };
}
