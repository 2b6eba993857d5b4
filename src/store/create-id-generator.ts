import { customAlphabet, customRandom } from 'nanoid';

const ALPHABET = '0123456789ABCDEF';

/** Makes ids in the documented `0123-CDEF` shape. With a random source, the sequence is reproducible. */
export function createIdGenerator(random?: (bytes: number) => Uint8Array): () => string {
  const raw = random ? customRandom(ALPHABET, 8, random) : customAlphabet(ALPHABET, 8);
  return () => {
    const id = raw();
    return `${id.slice(0, 4)}-${id.slice(4)}`;
  };
}
