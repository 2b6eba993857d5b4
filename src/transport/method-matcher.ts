import { METHODS } from 'node:http';

export const CONNECT = 'CONNECT';

/** What a whole method token is: one to rewrite, CONNECT (another protocol follows), one Node parses, or none. */
export type MethodKind = 'extension' | 'connect' | 'node' | null;

/**
 * Reads a request's method token byte by byte, as a trie over every method that may come: the extension
 * methods and those Node's parser knows. A state is a trie node; -1 means no method starts like this.
 */
export interface MethodMatcher {
  /** The state before the first byte. */
  readonly start: number;
  /** The state after `byte` in `state` is `transitions[state * width + column[byte]]` (-1: none). */
  readonly transitions: Int32Array;
  readonly column: Uint8Array;
  readonly width: number;
  /** What the token read so far is, if it ends here. */
  kind(state: number): MethodKind;
  /** The method the token read so far spells, if it ends here. */
  method(state: number): string | null;
}

const built = new Map<string, MethodMatcher>();

/** One matcher per set of methods, shared by every connection. */
export function createMethodMatcher(extensions: readonly string[], known: readonly string[] = METHODS): MethodMatcher {
  const key = `${extensions.join(' ')}|${known.join(' ')}`;
  let matcher = built.get(key);
  if (matcher === undefined) {
    matcher = buildMatcher(
      [...known.map((name): [string, MethodKind] => [name, name === CONNECT ? 'connect' : 'node'])].concat(
        extensions.map((name) => [name, 'extension']),
      ),
    );
    built.set(key, matcher);
  }
  return matcher;
}

function buildMatcher(entries: ReadonlyArray<[string, MethodKind]>): MethodMatcher {
  // Column 0 is every byte no method has; each byte some method has gets a column of its own.
  const column = new Uint8Array(256);
  let width = 1;
  for (const [name] of entries) {
    for (const byte of Buffer.from(name, 'latin1')) if (column[byte] === 0) column[byte] = width++;
  }
  const rows: number[][] = [new Array<number>(width).fill(-1)];
  const kinds: MethodKind[] = [null];
  const names: Array<string | null> = [null];
  for (const [name, kind] of entries) {
    let state = 0;
    for (const byte of Buffer.from(name, 'latin1')) {
      const row = rows[state] as number[];
      if (row[column[byte] as number] === -1) {
        row[column[byte] as number] = rows.length;
        rows.push(new Array<number>(width).fill(-1));
        kinds.push(null);
        names.push(null);
      }
      state = row[column[byte] as number] as number;
    }
    kinds[state] = kind;
    names[state] = name;
  }
  return {
    start: 0,
    transitions: Int32Array.from(rows.flat()),
    column,
    width,
    kind: (state) => kinds[state] ?? null,
    method: (state) => names[state] ?? null,
  };
}
