/** A source of random numbers in [0, 1) and of random bytes, as nanoid's customRandom wants them. */
export interface Random {
  next(): number;
  bytes(count: number): Uint8Array;
}

/**
 * Seeded when `seed` is given (mulberry32 over a hash of the seed and the stream name, so each session
 * has its own reproducible stream), otherwise Math.random.
 */
export function createRandom(seed?: number, stream = ''): Random {
  const next = seed === undefined ? Math.random : mulberry32(hash(`${seed}\u0000${stream}`));
  return {
    next,
    bytes(count) {
      const result = new Uint8Array(count);
      for (let i = 0; i < count; i++) result[i] = Math.floor(next() * 256);
      return result;
    },
  };
}

function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
