import { randomBytes } from 'node:crypto';
import { customAlphabet, customRandom } from 'nanoid';

/** How new ids are made (the dialect's `ids.*.new`). */
export type IdSpec =
  | { kind: 'random'; template: string; alphabet: string }
  | { kind: 'uuid'; case?: 'lower' | 'upper' }
  | { kind: 'counter'; prefix?: string; start?: number; pad?: number };

/** The documented `0123-CDEF` shape. */
export const DEFAULT_ID_SPEC: IdSpec = { kind: 'random', template: 'XXXX-XXXX', alphabet: '0123456789ABCDEF' };

/**
 * Makes ids of `spec`'s shape. With a random source, the sequence is reproducible. A counter starts after
 * the highest of the `taken` ids it could have made, as an auto-increment would.
 */
export function createIdGenerator(
  random?: (bytes: number) => Uint8Array,
  spec: IdSpec = DEFAULT_ID_SPEC,
  taken: () => Iterable<string> = () => [],
): () => string {
  switch (spec.kind) {
    case 'random':
      return randomTemplate(spec.template, spec.alphabet, random);
    case 'uuid': {
      const upper = spec.case === 'upper';
      return () => {
        const id = uuidOf(random ? random(16) : randomBytes(16));
        return upper ? id.toUpperCase() : id;
      };
    }
    case 'counter': {
      const { prefix = '', pad = 0 } = spec;
      // Found on the first id, not here: a session's reset makes a generator and must not scan the fixtures.
      let next: number | undefined;
      const first = () => {
        let start = spec.start ?? 1;
        for (const id of taken()) {
          const digits = id.startsWith(prefix) ? id.slice(prefix.length) : '';
          if (/^\d{1,15}$/.test(digits)) start = Math.max(start, Number(digits) + 1);
        }
        return start;
      };
      return () => {
        next ??= first();
        return `${prefix}${String(next++).padStart(pad, '0')}`;
      };
    }
  }
}

/** Each `X` of the template becomes a character of the alphabet. */
function randomTemplate(template: string, alphabet: string, random?: (bytes: number) => Uint8Array): () => string {
  const parts = template.split('X');
  const size = parts.length - 1;
  const raw = random ? customRandom(alphabet, size, random) : customAlphabet(alphabet, size);
  return () => {
    const drawn = raw();
    let id = parts[0]!;
    for (let i = 1; i < parts.length; i++) id += drawn[i - 1]! + parts[i]!;
    return id;
  };
}

/** A version 4 UUID from 16 random bytes. */
function uuidOf(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Buffer.from(b).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
