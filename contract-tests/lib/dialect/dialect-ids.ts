import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Escapes for a regular expression with the `u` flag (as JSON Schema reads patterns): outside a class, and inside one. */
const escapeText = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeInClass = (text: string) => text.replace(/[\]\\^-]/g, '\\$&');

/**
 * The characters a position may hold, as a character class and as an alphabet, from the characters seen;
 * `whole` takes every letter of a case once one is seen (ids of no regular shape: a few say little).
 */
function characterClass(seen: Iterable<string>, whole = false): { regex: string; alphabet: string } {
  let chars = [...seen];
  if (whole) chars = [...chars, ...(chars.some((c) => /[a-z]/.test(c)) ? 'az' : ''), ...(chars.some((c) => /[A-Z]/.test(c)) ? 'AZ' : '')];
  const parts: Array<[RegExp, string, string]> = [
    [/\d/, '0-9', '0123456789'],
    [/[a-f]/, 'a-f', 'abcdef'],
    [/[g-z]/, 'g-z', 'ghijklmnopqrstuvwxyz'],
    [/[A-F]/, 'A-F', 'ABCDEF'],
    [/[G-Z]/, 'G-Z', 'GHIJKLMNOPQRSTUVWXYZ'],
  ];
  let regex = '';
  let alphabet = '';
  for (const [test, range, letters] of parts) {
    if (chars.some((c) => test.test(c))) {
      regex += range;
      alphabet += letters;
    }
  }
  const others = [...new Set(chars.filter((c) => !/[0-9a-zA-Z]/.test(c)))].join('');
  regex = regex.replace('a-fg-z', 'a-z').replace('A-FG-Z', 'A-Z') + escapeInClass(others);
  return { regex: `[${regex}]`, alphabet: alphabet + others };
}

/** What learned.ids says of all the ids of a kind: their lengths and the kinds of character in them. */
export interface IdsSeen {
  lengths: { min: number; max: number };
  characters: string[];
}

/** A character of each kind learned.ids names (`upper-hex` is A-F, `upper` any other capital). */
const CLASS_SAMPLE: Record<string, string[]> = { digits: ['0'], lower: ['z'], 'upper-hex': ['A'], upper: ['Z'] };

/**
 * An id shape from the ids the kit saw: UUIDs; ids of one length, where a prefix all share up to a separator
 * (`g_`) and any separator at the same place in all (`-`) are kept, the rest a class of what was seen there; or ids of
 * several lengths, as one class over every character seen. Returns the pattern and how to make new ids.
 */
export function idShapeOf(ids: readonly string[], all?: IdsSeen): { pattern: string; new?: Entry } | undefined {
  if (ids.length === 0) return undefined;
  if (ids.every((id) => UUID.test(id))) {
    const upper = ids.every((id) => id === id.toUpperCase());
    const hex = upper ? '[0-9A-F]' : '[0-9a-f]';
    return {
      pattern: `^${hex}{8}-${hex}{4}-${hex}{4}-${hex}{4}-${hex}{12}$`,
      new: { kind: 'uuid', case: upper ? 'upper' : 'lower' },
    };
  }
  const length = ids[0]!.length;
  const oneLength = all === undefined || (all.lengths.min === length && all.lengths.max === length);
  if (ids.length > 1 && oneLength && ids.every((id) => id.length === length)) {
    // A prefix all share that ends in a separator (`g_`, `rc-`) is kept whole; elsewhere only separators are.
    const common = [...ids[0]!].findIndex((c, i) => ids.some((id) => id[i] !== c));
    const shared = ids[0]!.slice(0, common === -1 ? length : common);
    const prefix = shared.slice(0, Math.max(...[...shared].map((c, i) => (/[0-9a-zA-Z]/.test(c) ? 0 : i + 1)), 0));
    const fixed = [...ids[0]!].map((c, i) => (i < prefix.length || (!/[0-9a-zA-Z]/.test(c) && ids.every((id) => id[i] === c)) ? c : null));
    const free = characterClass(ids.flatMap((id) => [...id].filter((_, i) => fixed[i] === null)));
    let pattern = '';
    let template = '';
    for (let i = 0; i < length; ) {
      if (fixed[i] !== null) {
        pattern += escapeText(fixed[i]!);
        template += fixed[i];
        i += 1;
        continue;
      }
      let run = 0;
      while (i + run < length && fixed[i + run] === null) run += 1;
      pattern += `${free.regex}{${run}}`;
      template += 'X'.repeat(run);
      i += run;
    }
    const literalX = fixed.some((c) => c === 'X');
    return { pattern: `^${pattern}$`, ...(literalX ? {} : { new: { kind: 'random', template, alphabet: free.alphabet } }) };
  }
  const classes = all?.characters ?? [];
  if (ids.every((id) => /^\d+$/.test(id)) && classes.every((c) => c === 'digits'))
    return { pattern: '^[0-9]+$', new: { kind: 'counter', start: 1 } };
  // Every id counts here, through the kinds of character learned.ids saw in them all (not only the examples).
  const seen = [...ids.join(''), ...classes.flatMap((c) => CLASS_SAMPLE[c] ?? (c.length === 1 ? [c] : []))];
  return { pattern: `^${characterClass(seen, true).regex}+$` };
}

/** `ids.group`, `ids.connection`, `ids.computer` from `learned.ids` (and whether lists write them as numbers). */
export function writeIds(draft: DialectDraft, learned: Entry): void {
  for (const kind of ['group', 'connection', 'computer'] as const) {
    const seen = observedEntry(learned.ids, kind);
    const shape = idShapeOf((seen?.examples as string[] | undefined) ?? [], seen as unknown as IdsSeen | undefined);
    if (!shape) {
      draft.notTried(`/ids/${kind}`, `no ${kind} id was seen`);
      continue;
    }
    const numeric = idsWrittenAsNumbers(learned, kind);
    const value: Entry = { type: numeric ? 'integer' : 'string', pattern: numeric ? '^[0-9]+$' : shape.pattern };
    if (kind !== 'computer' && shape.new) value.new = numeric ? { kind: 'counter', start: 1 } : shape.new;
    draft.observed(
      `/ids/${kind}`,
      value,
      `from ${(seen!.examples as string[]).length} ids seen: ${(seen!.examples as string[]).join(', ')}`,
    );
  }
}

const LIST_OF: Record<string, string> = { group: 'groups', connection: 'group-connections', computer: 'group-computers' };

function idsWrittenAsNumbers(learned: Entry, kind: string): boolean {
  const list = observedEntry(learned.lists, LIST_OF[kind]!);
  const key = list?.idKey as string | null | undefined;
  const examples = (list?.examples as Entry[] | undefined) ?? [];
  return typeof key === 'string' && examples.length > 0 && examples.every((item) => typeof item?.[key] === 'number');
}
