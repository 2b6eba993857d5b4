import type { ConnectionType, Credentials, Settings, SettingsPatch } from './types.js';

/** One configured connection of a cloud computer, as the store keeps it. */
export interface ComputerConnectionRecord {
  id: string;
  type: ConnectionType;
  port: number | null;
  settings: Settings;
  credentials: Credentials;
}

/** Keys of a connection patch that are credentials, not settings. */
export const CREDENTIAL_KEYS: ReadonlySet<string> = new Set(['username', 'password', 'domain']);

const ACTIONS_BY_TYPE: Record<ConnectionType, readonly string[]> = {
  NEAR: ['control', 'curtain', 'observe', 'ft'],
  VNC: ['control'],
  RDP: ['control'],
};

/** `RDP_3390` → `{ type: 'RDP', port: 3390 }`; `VNC` → `{ type: 'VNC', port: null }`. */
export function parseConnectionId(id: string): { type: ConnectionType; port: number | null } {
  const [type, port] = id.split('_') as [ConnectionType, string | undefined];
  return { type, port: port === undefined ? null : Number(port) };
}

/** The actions a computer offers, derived from its connections: NEAR adds chat. */
export function offeredActions(connections: Iterable<ComputerConnectionRecord>): string[] {
  const actions: string[] = [];
  let chat = false;
  for (const connection of connections) {
    if (connection.type === 'NEAR') chat = true;
    for (const action of ACTIONS_BY_TYPE[connection.type]) actions.push(`${connection.id}/${action}`);
  }
  return chat ? ['chat', ...actions] : actions;
}

/**
 * The settings and credentials after `patch`: only the keys given change, `null` resets a setting to its
 * default and removes a credential. Returns new objects; the record is not touched.
 */
export function patchedConnection(
  record: Pick<ComputerConnectionRecord, 'type' | 'settings' | 'credentials'>,
  patch: SettingsPatch,
  defaults: Settings,
): { settings: Settings; credentials: Credentials } {
  const settings = { ...record.settings };
  const credentials = { ...record.credentials };
  for (const [key, value] of Object.entries(patch)) {
    if (CREDENTIAL_KEYS.has(key)) {
      if (value === null) delete credentials[key];
      else credentials[key] = String(value);
    } else if (Object.hasOwn(defaults, key)) {
      settings[key] = value === null ? defaults[key]! : value;
    } else {
      throw new TypeError(`${key} is not a setting of ${record.type} connections`);
    }
  }
  return { settings, credentials };
}
