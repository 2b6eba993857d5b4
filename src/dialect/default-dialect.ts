import { readFileSync } from 'node:fs';
import { DEFAULT_DIALECT } from '../package-paths.js';
import type { Dialect } from './dialect.js';

let cached: Dialect | undefined;

/** `dialect/default.json`: today's choices. Read once; callers must not change it. */
export function defaultDialect(): Dialect {
  cached ??= deepFreeze(JSON.parse(readFileSync(DEFAULT_DIALECT, 'utf8')) as Dialect);
  return cached;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
