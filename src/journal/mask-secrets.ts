export const MASK = '***';

/** Keys whose values are secrets wherever they appear: passwords of every protocol, tokens. */
const SECRET_KEY = /(^|\.)(password|secret|token)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A deep copy of `value` with every secret value replaced by `***`. */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: isSecretKey(key) && item !== null ? MASK : maskSecrets(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}
