export const MASK = '***';

/** Deeper than this, a journaled body is cut: nothing real nests that far, and a recursive copy must not. */
export const MAX_DEPTH = 32;
export const TOO_DEEP = `[nested deeper than ${MAX_DEPTH} levels]`;

/** Keys whose values are secrets wherever they appear: passwords of every protocol, tokens. */
const SECRET_KEY = /(^|\.)(password|secret|token)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A deep copy of `value` with every secret value replaced by `***`, and anything too deep cut short. */
export function maskSecrets<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return TOO_DEEP as T;
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, depth + 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const kept = isSecretKey(key) && item !== null ? MASK : maskSecrets(item, depth + 1);
    // Assigning `__proto__` would set the copy's prototype; only that key pays for defineProperty.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: kept, enumerable: true, writable: true, configurable: true });
    else copy[key] = kept;
  }
  return copy as T;
}
