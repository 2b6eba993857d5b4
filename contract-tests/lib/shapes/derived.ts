import { asObject } from './json-walk.js';

/**
 * Words that mark a value a server derives rather than stores: counts, times, online and session flags.
 * A snapshot leaves them out, and "nothing else changed" does not judge them: they change on their own, or
 * with an allowed delete elsewhere (a group's computer count after the computer is deleted).
 */
const DERIVED_WORDS = new Set([
  'count',
  'counts',
  'total',
  'n',
  'num',
  'number',
  'size',
  'online',
  'offline',
  'reachable',
  'connected',
  'active',
  'busy',
  'status',
  'state',
  'session',
  'sessions',
  'seen',
  'last',
  'updated',
  'modified',
  'changed',
  'created',
  'time',
  'timestamp',
  'ts',
  'mtime',
  'ctime',
  'date',
  'uptime',
  'at',
  'etag',
  'revision',
  'version',
]);

const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** `lastSeenAt`, `connection_count`, `is-online` → their words. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isDerived(key: string, value?: unknown): boolean {
  return wordsOf(key).some((word) => DERIVED_WORDS.has(word)) || (typeof value === 'string' && ISO_TIME.test(value));
}

/** A copy without derived values, at every depth. */
export function withoutDerived(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDerived);
  const object = asObject(value);
  if (!object) return value;
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key, item]) => !isDerived(key, item))
      .map(([key, item]) => [key, withoutDerived(item)]),
  );
}

/**
 * JSON with keys sorted at every depth, and lists sorted too (the API's lists are sets: a move and a move
 * back may reorder them): two bodies that differ only in order read the same.
 */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    const object = asObject(v);
    return object
      ? Object.fromEntries(
          Object.keys(object)
            .sort()
            .map((k) => [k, sort(object[k])]),
        )
      : v;
  };
  return JSON.stringify(sort(value)) ?? 'undefined';
}

/** Whether two answers hold the same stored state: derived values left out, key order ignored. */
export function sameState(a: unknown, b: unknown): boolean {
  return canonical(withoutDerived(a)) === canonical(withoutDerived(b));
}
