import type { Dialect } from './dialect.js';

/**
 * Where a value given replaces the default whole instead of being merged into it, by path pattern
 * (`*` is any one key): a connection type's set of settings, a value's schema, the learned provenance.
 * An object with a `kind` (a body, an id generator) is always replaced whole too.
 */
const REPLACED = ['settings/types/*/keys', 'requests/values/*', 'provenance', 'about', 'answers/getGroup/discriminator'];

/** The dialect a (valid) file describes: its values over the default's, objects merged key by key. */
export function mergeDialect(base: Dialect, given: Record<string, unknown>): Dialect {
  return merge(base, given, []) as Dialect;
}

function merge(base: unknown, given: unknown, path: string[]): unknown {
  if (!isPlainObject(base) || !isPlainObject(given) || 'kind' in given || isReplaced(path)) return structuredClone(given);
  const result: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(given)) {
    result[key] = key in result ? merge(result[key], value, [...path, key]) : structuredClone(value);
  }
  return result;
}

function isReplaced(path: string[]): boolean {
  return REPLACED.some((pattern) => {
    const parts = pattern.split('/');
    return parts.length === path.length && parts.every((part, i) => part === '*' || part === path[i]);
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
