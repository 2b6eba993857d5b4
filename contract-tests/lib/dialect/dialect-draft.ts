/**
 * A dialect file being written from what the kit learned: each entry set with `observed` goes into the file
 * and is marked so under `provenance`; one marked `notTried` stays out of the file (the default's value then
 * stands) and says why. Pointers are JSON Pointers into the file (`/groups/deleteNonEmpty`).
 */
export type Provenance = 'observed' | 'not-tried' | 'assumed' | { status: 'observed' | 'not-tried' | 'assumed'; note: string };

export type Entry = Record<string, unknown>;

export interface LearnedEntry extends Entry {
  status: 'observed' | 'not-tried';
}

export class DialectDraft {
  readonly doc: Entry = { version: 1 };
  readonly provenance: Record<string, Provenance> = {};

  /** Sets `value` at `pointer`; `note` says how it was read when that is not plain. */
  observed(pointer: string, value: unknown, note?: string): void {
    this.#set(pointer, value);
    this.provenance[pointer] = note === undefined ? 'observed' : { status: 'observed', note };
  }

  /** Like `observed`, for a value the kit inferred (from a key's name, say) rather than saw. */
  assumed(pointer: string, value: unknown, note: string): void {
    this.#set(pointer, value);
    this.provenance[pointer] = { status: 'assumed', note };
  }

  notTried(pointer: string, note: string): void {
    this.provenance[pointer] = { status: 'not-tried', note };
  }

  #set(pointer: string, value: unknown): void {
    const keys = pointer
      .split('/')
      .slice(1)
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
    let node = this.doc;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Entry;
    node[keys.at(-1)!] = value;
  }
}

/** A section of report.json's `learned`, when the kit observed it. */
export function observedEntry(section: unknown, name: string): LearnedEntry | undefined {
  const entry = (section as Record<string, LearnedEntry> | undefined)?.[name];
  return entry?.status === 'observed' ? entry : undefined;
}
