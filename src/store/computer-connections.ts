import { DEFAULT_POLICIES, type StorePolicies } from './store-policies.js';
import type { ConnectionType, Credentials, Settings, SettingsDefaults, SettingsPatch } from './types.js';

/** One configured connection of a cloud computer, as the store keeps it. */
export interface ComputerConnectionRecord {
  id: string;
  type: ConnectionType;
  port: number | null;
  settings: Settings;
  credentials: Credentials;
}

/** `RDP_3390` → `{ type: 'RDP', port: 3390 }`; `VNC` → `{ type: 'VNC', port: null }`. */
export function parseConnectionId(id: string): { type: ConnectionType; port: number | null } {
  const [type, port] = id.split('_') as [ConnectionType, string | undefined];
  return { type, port: port === undefined ? null : Number(port) };
}

/** The actions a computer offers, derived from its connections: by default NEAR adds chat, listed first. */
export function offeredActions(
  connections: Iterable<ComputerConnectionRecord>,
  policy: StorePolicies['actions'] = DEFAULT_POLICIES.actions,
): string[] {
  const actions: string[] = [];
  let near = false;
  for (const connection of connections) {
    if (connection.type === 'NEAR') near = true;
    for (const action of policy.offered[connection.type]) actions.push(`${connection.id}/${action}`);
  }
  const chat = policy.chat === 'always' || (policy.chat === 'with-near' && near);
  if (!chat) return actions;
  return policy.chatPosition === 'first' ? ['chat', ...actions] : [...actions, 'chat'];
}

/**
 * The settings and credentials after `patch`: only the keys given change; `null` resets a setting to its
 * default (or removes it, by policy) and removes a credential. Returns new objects; the record is not touched.
 */
export function patchedConnection(
  record: Pick<ComputerConnectionRecord, 'type' | 'settings' | 'credentials'>,
  patch: SettingsPatch,
  defaults: SettingsDefaults[ConnectionType],
  policy: StorePolicies['settings'] = DEFAULT_POLICIES.settings,
): { settings: Settings; credentials: Credentials } {
  const settings = { ...record.settings };
  const credentials = { ...record.credentials };
  const credentialKeys = policy.credentialKeys[record.type];
  for (const [key, value] of Object.entries(patch)) {
    if (credentialKeys.includes(key)) {
      if (value === null) delete credentials[key];
      else credentials[key] = String(value);
    } else if (Object.hasOwn(defaults, key)) {
      if (value !== null) settings[key] = value;
      else if (policy.null === 'default' && defaults[key] !== undefined) settings[key] = defaults[key];
      else delete settings[key];
    } else if (policy.unknownKeys === 'keep') {
      if (value === null) delete settings[key];
      else settings[key] = value;
    } else if (policy.unknownKeys === 'refuse') {
      throw new TypeError(`${key} is not a setting of ${record.type} connections`);
    }
  }
  return { settings, credentials };
}
