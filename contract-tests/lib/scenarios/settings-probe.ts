import type { Contract } from '../contract.js';
import { SECRET_KEY } from '../redact.js';
import { isDerived } from '../shapes/derived.js';
import { connectionType, settingsIn } from '../shapes/read-computer-connections.js';

/** A setting the kit changes and puts back: a key the target's settings GET returned, its value then, and another. */
export interface SettingProbe {
  key: string;
  /** What the target showed: what is put back. */
  shown: unknown;
  /** A different value, of the same vocabulary. */
  other: unknown;
}

/**
 * The setting to try a partial update and a `null` reset on, from the keys the target returned: a key the
 * document knows with a list of values, when the target's value is one of them (the target shares the
 * vocabulary), else a boolean, which has an obvious other value. Never a host, a credential or a derived value.
 */
export function chooseProbe(body: unknown, connection: string, contract: Contract): SettingProbe | undefined {
  const settings = settingsIn(body)?.settings;
  if (!settings) return undefined;
  const type = connectionType(connection);
  const schema = type ? contract.schema(`${type[0]}${type.slice(1).toLowerCase()}Settings`)?.properties : undefined;
  const keys = resettableKeys(settings).filter((key) => !isDerived(key, settings[key]) && !/host|address|url|port/i.test(key));
  for (const key of keys) {
    const values: unknown[] | undefined = schema?.[key]?.enum;
    const shown = settings[key];
    if (!values?.includes(shown)) continue;
    const other = values.find((v) => v !== shown && v !== schema?.[key]?.default) ?? values.find((v) => v !== shown);
    if (other !== undefined) return { key, shown, other };
  }
  const flag = keys.find((key) => typeof settings[key] === 'boolean');
  return flag === undefined ? undefined : { key: flag, shown: settings[flag], other: !settings[flag] };
}

/**
 * The keys of a connection's settings the kit may set to null and put back: never a credential or a time
 * stamp. (A key whose name sounds derived, `admin_session`, is still a setting of the connection: its null is
 * refused, ignored or reset, and the value is put back either way.)
 */
export function resettableKeys(settings: Record<string, unknown>): string[] {
  return Object.keys(settings).filter((key) => !SECRET_KEY.test(key) && !isDerived('', settings[key]));
}

/** The document's default for a key (assumed: the mock's guess), if it has one. */
export function documentDefault(contract: Contract, connection: string, key: string): unknown {
  const type = connectionType(connection);
  return type ? contract.schema(`${type[0]}${type.slice(1).toLowerCase()}Settings`)?.properties?.[key]?.default : undefined;
}
