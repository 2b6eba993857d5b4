import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

const TYPES = ['VNC', 'RDP', 'NEAR'] as const;

/**
 * `settings.types`: for each connection type whose settings the kit read, its keys (any value: the kit
 * sees values, never the target's schema), each with the default the target showed after a `null` or in a
 * connection a PUT added; a key whose default was not seen has none (a connection the mock adds then lacks
 * it, and null removes it). Its credential keys as the target's credentials reads named them.
 */
export function writeSettings(draft: DialectDraft, learned: Entry): void {
  const seen = observedEntry(learned, 'settings');
  const keysByType = (seen?.keysByType ?? {}) as Record<string, string[]>;
  const credentialsByType = (seen?.credentialKeysByType ?? {}) as Record<string, string[]>;
  const defaultsByType = (seen?.defaultsByType ?? {}) as Record<string, Record<string, unknown>>;
  for (const type of TYPES) {
    const credentials = credentialsByType[type] ?? [];
    const names = (keysByType[type] ?? []).filter((key) => !credentials.includes(key));
    const at = `/settings/types/${type}`;
    if (names.length === 0) {
      draft.notTried(at, `no ${type} connection's settings were read: the default's ${type} settings stand`);
      continue;
    }
    const defaults = defaultsByType[type] ?? {};
    const keys: Entry = {};
    for (const key of names) keys[key] = Object.hasOwn(defaults, key) ? { schema: {}, default: defaults[key] } : { schema: {} };
    const known = names.filter((key) => Object.hasOwn(defaults, key));
    draft.observed(
      `${at}/keys`,
      keys,
      `keys as the target's ${type} settings showed them, any value (its schema is not seen); ` +
        (known.length === names.length
          ? 'every default as it read after a null or in a connection a PUT added'
          : `defaults seen for ${known.join(', ') || 'none'}; the others have none`),
    );
    if (credentials.length > 0) draft.observed(`${at}/credentials`, credentials, `the keys the target's ${type} credentials reads showed`);
    else draft.notTried(`${at}/credentials`, `no ${type} credentials were read`);
  }
}
