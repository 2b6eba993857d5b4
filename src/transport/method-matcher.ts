import { METHODS } from 'node:http';

export const CONNECT = 'CONNECT';

/** What a whole method token is: one to rewrite, CONNECT (another protocol follows), one Node parses, or none. */
export type MethodKind = 'extension' | 'connect' | 'node' | null;

/**
 * Reads a request's method token byte by byte, as a trie over every method that may come: the extension
 * methods and those Node's parser knows. A state is a trie node; -1 means no method starts like this.
 */
export interface MethodMatcher {
  readonly start: number;
  /** The state after `byte`, or -1. */
  next(state: number, byte: number): number;
  /** What the token read so far is, if it ends here. */
  kind(state: number): MethodKind;
  /** The method the token read so far spells, if it ends here. */
  method(state: number): string | null;
}

export function createMethodMatcher(extensions: readonly string[], known: readonly string[] = METHODS): MethodMatcher {
  const edges: Int32Array[] = [new Int32Array(256).fill(-1)];
  const kinds: MethodKind[] = [null];
  const names: Array<string | null> = [null];
  const add = (name: string, kind: MethodKind): void => {
    let state = 0;
    for (const byte of Buffer.from(name, 'latin1')) {
      const table = edges[state] as Int32Array;
      if ((table[byte] as number) === -1) {
        table[byte] = edges.length;
        edges.push(new Int32Array(256).fill(-1));
        kinds.push(null);
        names.push(null);
      }
      state = table[byte] as number;
    }
    kinds[state] = kind;
    names[state] = name;
  };
  for (const name of known) add(name, name === CONNECT ? 'connect' : 'node');
  for (const name of extensions) add(name, 'extension');
  return {
    start: 0,
    next: (state, byte) => (edges[state] as Int32Array)[byte] as number,
    kind: (state) => kinds[state] ?? null,
    method: (state) => names[state] ?? null,
  };
}
