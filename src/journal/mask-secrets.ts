export const MASK = '***';

/** Deeper than this, a journaled body is cut: nothing real nests that far, and a recursive copy must not. */
export const MAX_DEPTH = 32;
export const TOO_DEEP = `[nested deeper than ${MAX_DEPTH} levels]`;

/**
 * The keys whose values are known not to be secrets: every field of the two documents and the fixtures,
 * but the passwords. Usernames and domains are credentials, but not secret ones. The value of any other
 * key, however it is spelled (`rdp.passwd`, `pwd`, `apple.passw0rd`, a typo, a key the mock has never
 * heard of), is masked: a list of secret spellings could never be complete, this one is (a test checks
 * it against the documents).
 */
export const NON_SECRET_KEYS: ReadonlySet<string> = new Set([
  // groups, connections, computers, Nearby
  'name',
  'group_uid',
  'uid',
  'category_uid',
  'protocol',
  'has_credentials',
  'computer_id',
  'host',
  'connection',
  'type',
  'port',
  // computer connection settings
  'quality',
  'view_only',
  'scaling',
  'resolution',
  'color_depth',
  'sound',
  'admin_session',
  'curtain_on_connect',
  'clipboard_sync',
  // the credentials that are not secret
  'username',
  'domain',
  'rxp.username',
  'rdp.username',
  'rdp.domain',
  'apple.username',
]);

/**
 * A deep copy of `value` in which every string, number or boolean is `***` unless its key (the nearest
 * one: items of an array take their array's key) is known not to be secret. A value with no key at all, a
 * body that is a bare string, is masked too. Objects and arrays are copied, whatever their key, so
 * structure stays readable; `null` stays `null`. Anything nested too deep is cut short.
 */
export function maskSecrets<T>(value: T): T {
  return maskValue(value, undefined, 0) as T;
}

function maskValue(value: unknown, key: string | undefined, depth: number): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value !== 'object') return key !== undefined && NON_SECRET_KEYS.has(key) ? value : MASK;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => maskValue(item, key, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(value)) {
    const kept = maskValue((value as Record<string, unknown>)[name], name, depth + 1);
    // Assigning `__proto__` would set the copy's prototype; only that key pays for defineProperty.
    if (name === '__proto__') Object.defineProperty(copy, name, { value: kept, enumerable: true, writable: true, configurable: true });
    else copy[name] = kept;
  }
  return copy;
}
