/**
 * Reading JSON of any shape: the kit finds an item by a value it knows (the id a create answered, the
 * --computer), wherever the target puts it, instead of assuming the mock's wrappers and key names.
 */

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** Keys an envelope puts beside what it wraps (`{ok: true, data: {...}}`). */
export const ENVELOPE_KEY = /^(ok|success|status|code|count|total|kind|meta|message|error|errors)$/i;

/**
 * What an envelope wraps: the one object of an answer whose other keys are all an envelope's
 * (`{ok: true, data: {username: "ann"}}` → `{username: "ann"}`), at any depth; any other value as it is.
 */
export function unwrapped(value: unknown): unknown {
  const object = asObject(value);
  if (!object) return value;
  const nested = Object.entries(object).filter(([, v]) => asObject(v) !== undefined);
  if (nested.length !== 1 || Object.keys(object).some((key) => key !== nested[0]![0] && !ENVELOPE_KEY.test(key))) return value;
  return unwrapped(nested[0]![1]);
}

export function isScalarId(value: unknown): value is string | number {
  return (typeof value === 'string' && value.length > 0) || (typeof value === 'number' && Number.isFinite(value));
}

/** An id as the kit keeps it: a string, whether the target sent `"123456"` or `123456`. */
export function sameId(value: unknown, id: string): boolean {
  return isScalarId(value) && String(value) === id;
}

/** Where a value sits: the object holding it and the key (or, for a bare value in an array, neither). */
export interface Found {
  /** The object that holds the value; undefined when the value itself is an element of an array. */
  item: Json | undefined;
  key: string | null;
  /** The JSON Pointer of the array the item is an element of, `''` for a bare array, null when in none. */
  arrayAt: string | null;
  /** The JSON Pointer of the item (or of the bare value). */
  at: string;
}

const pointer = (segments: readonly (string | number)[]) =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Every place where `id` is a value, depth first; with `key`, only values under that key. */
export function findValue(body: unknown, id: string, key?: string): Found[] {
  const found: Found[] = [];
  const walk = (value: unknown, path: (string | number)[], inArray: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((element, i) => {
        if (key === undefined && sameId(element, id))
          found.push({ item: undefined, key: null, arrayAt: pointer(path), at: pointer([...path, i]) });
        else walk(element, [...path, i], true);
      });
      return;
    }
    const object = asObject(value);
    if (!object) return;
    for (const [k, v] of Object.entries(object)) {
      if ((key === undefined || k === key) && sameId(v, id)) {
        found.push({ item: object, key: k, arrayAt: inArray ? pointer(path.slice(0, -1)) : null, at: pointer(path) });
      }
    }
    for (const [k, v] of Object.entries(object)) if (v !== null && typeof v === 'object') walk(v, [...path, k], false);
  };
  walk(body, [], false);
  return found;
}

/** The value at a JSON Pointer (`''` is the whole body). */
export function valueAt(body: unknown, at: string): unknown {
  if (at === '') return body;
  let value: unknown = body;
  for (const raw of at.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) value = value[Number(segment)];
    else value = asObject(value)?.[segment];
    if (value === undefined) return undefined;
  }
  return value;
}

/** Every array in a body with its JSON Pointer, shallowest first. */
export function arraysIn(body: unknown): Array<{ at: string; list: unknown[] }> {
  const arrays: Array<{ at: string; list: unknown[]; depth: number }> = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      arrays.push({ at: pointer(path), list: value, depth: path.length });
      for (const [i, element] of value.entries()) walk(element, [...path, i]);
      return;
    }
    const object = asObject(value);
    if (object) for (const [k, v] of Object.entries(object)) walk(v, [...path, k]);
  };
  walk(body, []);
  return arrays.sort((a, b) => a.depth - b.depth).map(({ at, list }) => ({ at, list }));
}

/** Whether any string in the body contains `text` (names that carry the run id, in any shape). */
export function containsText(body: unknown, text: string): boolean {
  if (typeof body === 'string') return body.includes(text);
  if (Array.isArray(body)) return body.some((element) => containsText(element, text));
  const object = asObject(body);
  return object !== undefined && Object.values(object).some((value) => containsText(value, text));
}

/**
 * Entries of the lists in a group's answer that are not the run's: they carry no `runId`, or they are the
 * `--computer` (which a run renames). A group that lists one is never deleted by the kit, so that a target
 * which deletes a group's items with it deletes nothing of the user's.
 */
export function foreignEntries(body: unknown, runId: string, computer: string | undefined): unknown[] {
  const isComputer = (entry: unknown) =>
    computer !== undefined && (sameId(entry, computer) || Object.values(asObject(entry) ?? {}).some((v) => sameId(v, computer)));
  return arraysIn(body).flatMap(({ list }) => list.filter((entry) => !containsText(entry, runId) || isComputer(entry)));
}

/** Every object in a body (depth first), with the key of the property or array it sits in. */
export function objectsIn(body: unknown): Array<{ object: Json; under: string | null }> {
  const objects: Array<{ object: Json; under: string | null }> = [];
  const walk = (value: unknown, under: string | null): void => {
    if (Array.isArray(value)) {
      for (const element of value) walk(element, under);
      return;
    }
    const object = asObject(value);
    if (!object) return;
    objects.push({ object, under });
    for (const [k, v] of Object.entries(object)) walk(v, k);
  };
  walk(body, null);
  return objects;
}

export const json = (value: unknown): string => JSON.stringify(value);
