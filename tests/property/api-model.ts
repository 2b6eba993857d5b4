/** What the property tests expect the mock to hold: a plain model, updated by each accepted request. */
export interface ApiModel {
  /** group uid → name */
  groups: Map<string, string>;
  connections: Map<string, ModelConnection>;
  computers: Map<string, ModelComputer>;
  /** Every credential value the mock holds or has held: none may show in a list. */
  credentials: Set<string>;
  /** The passwords among them: not even the admin exports may show these (they mask them). */
  passwords: Set<string>;
  /** The other credential values (user names, domains), which the admin exports show. */
  others: Set<string>;
  /** The default of every setting, by connection type (`VNC`, `RDP`, `NEAR`), from the OpenAPI document. */
  defaults: Record<string, Record<string, unknown>>;
}

export interface ModelConnection {
  name: string;
  category_uid: string;
  protocol: string | null;
  credentials: Record<string, string>;
}

export interface ModelComputer {
  name: string;
  category_uid: string;
  /** connection id (`RDP_3390`) → its settings and credentials, in the order the computer got them */
  connections: Map<string, ModelComputerConnection>;
}

export interface ModelComputerConnection {
  settings: Record<string, unknown>;
  credentials: Record<string, string>;
}

/** The shape of `GET /__admin/state?includeSecrets=true`. */
export interface StateExport {
  groups: Array<{ group_uid: string; name: string }>;
  connections: Array<{ uid: string; name: string; category_uid: string; protocol?: string | null; credentials?: Record<string, string> }>;
  computers: Array<{
    computer_id: string;
    name: string;
    category_uid: string;
    connections?: Record<string, Partial<ModelComputerConnection>>;
  }>;
}

const ACTIONS_BY_TYPE: Record<string, string[]> = { NEAR: ['control', 'curtain', 'observe', 'ft'], VNC: ['control'], RDP: ['control'] };

export function modelFromState(state: StateExport, defaults: ApiModel['defaults']): ApiModel {
  const model: ApiModel = {
    groups: new Map(),
    connections: new Map(),
    computers: new Map(),
    credentials: new Set(),
    passwords: new Set(),
    others: new Set(),
    defaults,
  };
  for (const { group_uid, name } of state.groups) model.groups.set(group_uid, name);
  for (const { uid, name, category_uid, protocol = null, credentials = {} } of state.connections) {
    model.connections.set(uid, { name, category_uid, protocol, credentials: { ...credentials } });
    rememberCredentials(model, credentials);
  }
  for (const { computer_id, name, category_uid, connections = {} } of state.computers) {
    const stored = new Map(
      Object.entries(connections).map(([id, c]) => [id, { settings: { ...c.settings }, credentials: { ...c.credentials } }]),
    );
    model.computers.set(computer_id, { name, category_uid, connections: stored });
    for (const { credentials } of stored.values()) rememberCredentials(model, credentials);
  }
  return model;
}

/**
 * Adds the credential values of an object (credentials, or a settings patch) to what must never leak. Only
 * those of the fixtures and those carrying `mark`: any other string could be a name by chance.
 */
export function rememberCredentials(model: ApiModel, values: Record<string, unknown>, mark?: string): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !isCredentialKey(key) || (mark !== undefined && !value.includes(mark))) continue;
    model.credentials.add(value);
    (/password$/.test(key) ? model.passwords : model.others).add(value);
  }
}

/** A computer connection after a settings patch: `null` resets a setting to its default and removes a credential. */
export function patchComputerConnection(model: ApiModel, computerId: string, connectionId: string, patch: Record<string, unknown>): void {
  const computer = model.computers.get(computerId)!;
  const defaults = model.defaults[connectionId.split('_')[0]!]!;
  const current = computer.connections.get(connectionId) ?? { settings: { ...defaults }, credentials: {} };
  const next = { settings: { ...current.settings }, credentials: { ...current.credentials } };
  for (const [key, value] of Object.entries(patch)) {
    if (isCredentialKey(key)) {
      if (value === null) delete next.credentials[key];
      else next.credentials[key] = value as string;
    } else next.settings[key] = value === null ? defaults[key] : value;
  }
  computer.connections.set(connectionId, next);
}

/** Whether a string is a password the mock holds or held, and not also a user name or domain (which may show). */
export function isPassword(model: ApiModel, text: string): boolean {
  return model.passwords.has(text) && !model.others.has(text);
}

export const isCredentialKey = (key: string): boolean => /(^|\.)(username|password|domain)$/.test(key);

/** The `actions` list the mock should give a computer with these connections. */
export function offeredActions(connectionIds: Iterable<string>): string[] {
  const ids = [...connectionIds];
  const actions = ids.flatMap((id) => ACTIONS_BY_TYPE[id.split('_')[0]!]!.map((action) => `${id}/${action}`));
  return ids.some((id) => id.startsWith('NEAR')) ? ['chat', ...actions] : actions;
}

/** Whether a group holds anything (then deleting it is refused). */
export function groupHolds(model: ApiModel, groupUid: string): boolean {
  const holds = (items: Iterable<{ category_uid: string }>) => [...items].some((item) => item.category_uid === groupUid);
  return holds(model.connections.values()) || holds(model.computers.values());
}

/** `keys[pick]` when `existing` and there is one, else `other`: mostly real ids, sometimes unknown ones. */
export function choose(keys: Iterable<string>, pick: number, existing: boolean, other: string): string {
  const list = [...keys];
  return existing && list.length > 0 ? list[pick % list.length]! : other;
}
