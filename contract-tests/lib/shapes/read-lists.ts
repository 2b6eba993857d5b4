import { arraysIn, asObject, type Found, findValue, isScalarId, type Json, sameId, valueAt } from './json-walk.js';
import type { ListShape } from './learned.js';

/** Keys that look like ids, names: only a tie-breaker; what decides is the value the kit knows. */
const ID_KEY = /(^|[_.-])(u?id)$|[a-z]Id$|uid/i;
const NAME_KEY = /name|title|label/i;

/** The array a list answer holds: where it was learned to be, a bare array, or the shallowest array (`hint` breaks ties). */
export function chooseArray(body: unknown, known?: ListShape, hint?: RegExp): { at: string; list: unknown[] } | undefined {
  if (known?.at !== null && known?.at !== undefined) {
    const list = valueAt(body, known.at);
    if (Array.isArray(list)) return { at: known.at, list };
  }
  const arrays = arraysIn(body).filter(({ at }) => !/\/\d+(\/|$)/.test(at));
  if (arrays.length === 0) return undefined;
  const depth = (at: string) => at.split('/').length;
  const shallow = arrays.filter(({ at }) => depth(at) === depth(arrays[0]!.at));
  return (hint && shallow.find(({ at }) => hint.test(at))) || shallow[0];
}

/** Whether an answer can be read as a list at all (so that an item's absence from it means something). */
export function listReadable(body: unknown, known?: ListShape): boolean {
  if (body === null || typeof body !== 'object') return false;
  if (known?.items === 'map-keys') return asObject(valueAt(body, known.at ?? '')) !== undefined;
  if (known?.at !== undefined && known.at !== null && Array.isArray(valueAt(body, known.at))) return true;
  return chooseArray(body) !== undefined;
}

/**
 * Where `id` sits in a list answer: under the learned key if it is there, else anywhere (an item of a list
 * first); failing that, as the key of an object keyed by id (`{"0123-CDEF": {...}}`).
 */
export function locate(body: unknown, id: string, idKey: string | null | undefined): Found | undefined {
  const all = findValue(body, id);
  if (all.length === 0) return keyedBy(body, id);
  const score = (found: Found) =>
    (found.key !== null && found.key === idKey ? 8 : 0) +
    (found.arrayAt !== null ? 4 : 0) +
    (found.key === null ? 2 : 0) +
    (found.key !== null && ID_KEY.test(found.key) ? 1 : 0);
  return all.sort((a, b) => score(b) - score(a))[0];
}

/** The keys of an item that could hold its id, the most likely first. */
export function idKeyCandidates(item: Json, preferred: string | null | undefined, hint?: RegExp): string[] {
  const keys = Object.keys(item).filter((key) => isScalarId(item[key]));
  const score = (key: string) =>
    (key === preferred ? 16 : 0) +
    (hint?.test(key) && ID_KEY.test(key) ? 8 : 0) +
    (ID_KEY.test(key) ? 4 : 0) +
    (NAME_KEY.test(key) ? -4 : 0);
  return keys.sort((a, b) => score(b) - score(a));
}

/** The key of `item` whose value is exactly `value` (a name the kit sent, a group it named). */
export function keyWithValue(item: Json | undefined, value: string): string | null {
  if (!item) return null;
  return Object.keys(item).find((key) => typeof item[key] === 'string' && item[key] === value) ?? null;
}

/** A key that looks like it holds a name (used to judge a name that does not read back). */
export function nameLikeKey(item: Json | undefined, except: readonly string[] = []): string | null {
  if (!item) return null;
  return Object.keys(item).find((key) => !except.includes(key) && NAME_KEY.test(key) && typeof item[key] === 'string') ?? null;
}

/** A short description of a list for the report: `{groups: [...]}`, a bare array, … */
export function describeArray(at: string | null): string {
  if (at === null) return 'an object keyed by id';
  return at === '' ? 'a bare array' : `an array at ${at}`;
}

/** The record of an item in its own answer (`GET /group/{uid}`): the body, or a top-level object in it, that holds its id. */
export function recordOf(body: unknown, id: string): Json | undefined {
  return recordPlace(body, id)?.record;
}

/** Where `recordOf` found the record: `''` for the answer itself, `/key` for one of its keys. */
export function recordPlace(body: unknown, id: string): { record: Json; at: string } | undefined {
  const holds = (object: Json) => Object.values(object).some((value) => sameId(value, id));
  const object = asObject(body);
  if (!object) return undefined;
  if (holds(object)) return { record: object, at: '' };
  for (const [key, value] of Object.entries(object)) {
    const child = asObject(value);
    if (child && holds(child)) return { record: child, at: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
  }
  return undefined;
}

/** An object keyed by id, at any depth, that has `id` as a key: the item is its value. */
function keyedBy(body: unknown, id: string, at = ''): Found | undefined {
  const object = asObject(body);
  if (Array.isArray(body)) {
    for (const [i, element] of body.entries()) {
      const found = keyedBy(element, id, `${at}/${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (!object) return undefined;
  if (id in object && (asObject(object[id]) !== undefined || object[id] === true)) {
    return { item: asObject(object[id]), key: null, arrayAt: null, at: `${at}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}` };
  }
  for (const [key, value] of Object.entries(object)) {
    const found = value !== null && typeof value === 'object' ? keyedBy(value, id, `${at}/${key}`) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Objects that may be keyed by id (every value an object), outermost first, going down through one-key wrappers. */
export function mapCandidates(body: unknown): Array<{ at: string; keys: string[]; items: Json[] }> {
  const candidates: Array<{ at: string; keys: string[]; items: Json[] }> = [];
  let object = asObject(body);
  let at = '';
  while (object) {
    const values = Object.values(object);
    if (values.length > 0 && values.every((v) => asObject(v) !== undefined))
      candidates.push({ at, keys: Object.keys(object), items: values as Json[] });
    const keys = Object.keys(object);
    if (keys.length !== 1) break;
    at = `${at}/${keys[0]}`;
    object = asObject(object[keys[0]!]);
  }
  return candidates;
}
