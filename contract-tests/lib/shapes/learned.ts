/**
 * What the kit learned of the target while it ran: where lists sit, which keys carry ids, names and
 * groups, how actions and computer connections are listed, the settings keys, how errors look, and which
 * choices the target makes where the reference is silent. The scenarios read it to judge; the report
 * writes it out (see `learned-report.ts`).
 */

export type ItemKind = 'group' | 'connection' | 'computer';

/** The lists the kit reads. `group-connections` and `group-computers` are both in `GET /group/{uid}`. */
export type ListName =
  | 'groups'
  | 'group-connections'
  | 'group-computers'
  | 'nearby'
  | 'computer-connections'
  | 'computer-actions'
  /** Not lists: the group's own record in `GET /group/{uid}`, and `GET /computer/{id}`. */
  | 'group-record'
  | 'computer-record';

export interface ListShape {
  /** JSON Pointer of the array in the answer: `''` for a bare array, `/groups` under a key; null for a map. */
  at: string | null;
  items: 'objects' | 'scalars' | 'map-keys' | 'mixed';
  /** The key of an item that holds its id (null for scalars and map keys). */
  idKey: string | null;
  /** The keys of an item here that carry its name and its group, learned from values the kit sent. */
  nameKey?: string;
  groupKey?: string;
  /** How a computer connection's id is read: its own value under `idKey`, a type and a port, or a map key. */
  idFrom?: 'value' | 'type-and-port' | 'map-key';
  /** For the actions list: how the entries are written. */
  form?: string;
  /** Up to three entries as the target wrote them. */
  examples: unknown[];
  /** The answer's other keys beside a list one key deep (`{items: [...], total: 4}`): `{total: "{{count}}"}`. */
  beside?: Record<string, unknown>;
}

export interface ItemKeys {
  idKey: string | null;
  nameKey: string | null;
  groupKey: string | null;
  /** A key that tells whether credentials are stored (`has_credentials` in the mock). */
  credentialsFlagKey: string | null;
  keys: Set<string>;
  /** The item as first read after the kit created it with a name (and a group) only: what a create leaves in the rest. */
  created?: Record<string, unknown>;
  /** A key whose number is, on every group read, how many items the group holds (`size: 4`). */
  countKey?: string;
}

export interface ErrorAnswer {
  status: number;
  contentType: string | null;
  bodyKeys: string[];
  example: unknown;
}

export interface ErrorSeen {
  answers: ErrorAnswer[];
  /** How many times the target accepted (2xx) a request of this kind instead. */
  accepted: number;
  /** For a method a path lacks: each path's own methods (in the document's order) and the Allow header that came. */
  allowHeaders?: AllowSeen[];
}

export interface AllowSeen {
  methods: string[];
  allow: string | null;
}

/** A name the kit sent to provoke a refusal (empty, too long), and whether the target took it. */
export interface NameTry {
  kind: string;
  length: number;
  accepted: boolean;
}

export interface PolicySeen {
  outcome: string;
  /** The HTTP status of the answer that showed it. */
  httpStatus: number | null;
  detail: string;
}

export interface Learned {
  lists: Partial<Record<ListName, ListShape>>;
  items: Record<ItemKind, ItemKeys>;
  ids: Record<ItemKind | 'computer-connection', Set<string>>;
  /** Connection type (`VNC`) → keys seen in its settings; and in its credentials. */
  settingsKeys: Map<string, Set<string>>;
  /** Where a connection's settings sit in its answer: `''` for the body itself, `/settings` when wrapped. */
  settingsAt?: string;
  /** When the settings are wrapped: the first answer's other keys, and the connection it was of. */
  settingsBeside?: { connection: string; fields: Record<string, unknown> };
  credentialKeys: Map<string, Set<string>>;
  /** Where a computer connection's credentials answer wraps them (`{ok: true, data: {...}}`), and what is beside. */
  credentialsPlace?: { at: string | null; beside?: Record<string, unknown> };
  /**
   * Connection type → a setting's default, seen where the target showed it: after a `null` (the value then,
   * or `undefined` when the key went away) or in a connection a PUT added, for each key the PUT did not give.
   */
  settingsDefaults: Map<string, Map<string, unknown>>;
  /** Connection type → the actions the computers read offer on connections of that type. */
  offeredActions: Map<string, Set<string>>;
  errors: Map<string, ErrorSeen>;
  policies: Map<string, PolicySeen>;
  /** The document's schema of names, and the names the kit sent against its limits. */
  names: { schema: Record<string, unknown> | null; tries: NameTry[] };
  /** Media types of successful answers; the bodies of update, delete and ACTION answers. */
  successBodies: Map<string, { contentType: string | null; example: unknown }>;
  mediaTypes: Set<string>;
}

const noKeys = (): ItemKeys => ({ idKey: null, nameKey: null, groupKey: null, credentialsFlagKey: null, keys: new Set() });

export function createLearned(): Learned {
  return {
    lists: {},
    items: { group: noKeys(), connection: noKeys(), computer: noKeys() },
    ids: { group: new Set(), connection: new Set(), computer: new Set(), 'computer-connection': new Set() },
    settingsKeys: new Map(),
    credentialKeys: new Map(),
    settingsDefaults: new Map(),
    offeredActions: new Map(),
    errors: new Map(),
    policies: new Map(),
    names: { schema: null, tries: [] },
    successBodies: new Map(),
    mediaTypes: new Set(),
  };
}

/** Keeps the first shape learned for a list; adds examples up to three. */
export function learnList(learned: Learned, name: ListName, shape: Omit<ListShape, 'examples'>, example?: unknown): ListShape {
  const known = learned.lists[name] ?? (learned.lists[name] = { ...shape, examples: [] });
  if (known.idKey === null && shape.idKey !== null) known.idKey = shape.idKey;
  // One example per set of keys: enough to show the shape, without repeats.
  const keysOf = (value: unknown) => (value !== null && typeof value === 'object' ? Object.keys(value).sort().join() : typeof value);
  if (example !== undefined && known.examples.length < 3 && !known.examples.some((e) => keysOf(e) === keysOf(example)))
    known.examples.push(example);
  return known;
}

/** The first item the kit created of a kind, as it read back. */
export function learnCreated(learned: Learned, kind: ItemKind, item: unknown): void {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) learned.items[kind].created ??= item as Record<string, unknown>;
}

/**
 * What an answer holds beside its list, when the list sits one key deep: each other key's value, or
 * `{{count}}` where it is the list's length. The first answer read wins.
 */
export function learnBeside(learned: Learned, name: ListName, body: unknown): void {
  const shape = learned.lists[name];
  const key = shape?.at?.match(/^\/([^/]+)$/)?.[1];
  if (!shape || key === undefined || shape.beside !== undefined || body === null || typeof body !== 'object' || Array.isArray(body)) return;
  const list = (body as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return;
  shape.beside = Object.fromEntries(
    Object.entries(body as Record<string, unknown>)
      .filter(([other]) => other !== key)
      .map(([other, value]) => [other, value === list.length && list.length > 0 ? '{{count}}' : value]),
  );
}

/** Records keys of an item; a key already learned is kept (the first observation wins). */
export function learnItem(learned: Learned, kind: ItemKind, keys: Partial<Omit<ItemKeys, 'keys'>>, item?: Record<string, unknown>): void {
  const known = learned.items[kind];
  for (const name of ['idKey', 'nameKey', 'groupKey', 'credentialsFlagKey'] as const) {
    if (known[name] === null && keys[name] !== undefined && keys[name] !== null) known[name] = keys[name];
  }
  for (const key of Object.keys(item ?? {})) known.keys.add(key);
}

export function learnId(learned: Learned, kind: ItemKind | 'computer-connection', id: string): void {
  learned.ids[kind].add(id);
}

export function learnKeys(map: Map<string, Set<string>>, type: string, keys: Iterable<string>): void {
  const known = map.get(type) ?? new Set<string>();
  for (const key of keys) known.add(key);
  map.set(type, known);
}

/** A setting's default as the target showed it; the first observation is kept. */
export function learnDefault(learned: Learned, type: string, key: string, value: unknown): void {
  const known = learned.settingsDefaults.get(type) ?? new Map<string, unknown>();
  learned.settingsDefaults.set(type, known);
  if (!known.has(key)) known.set(key, value);
}

/** An answer to a request that the document says is an error of `kind`. */
export function learnError(learned: Learned, kind: string, status: number, contentType: string | null, body: unknown): void {
  const seen = learned.errors.get(kind) ?? { answers: [], accepted: 0 };
  learned.errors.set(kind, seen);
  if (status < 300) {
    seen.accepted += 1;
    return;
  }
  if (seen.answers.some((a) => a.status === status && a.contentType === contentType)) return;
  const object = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const example = typeof body === 'string' ? body.slice(0, 300) : body;
  seen.answers.push({ status, contentType, bodyKeys: object ? Object.keys(object) : [], example });
}

/** The Allow header a refused request of `kind` came back with, beside the path's own methods; one per set of methods. */
export function learnAllow(learned: Learned, kind: string, methods: string[], allow: string | null): void {
  const seen = learned.errors.get(kind) ?? { answers: [], accepted: 0 };
  learned.errors.set(kind, seen);
  const known = (seen.allowHeaders ??= []);
  if (!known.some((a) => a.methods.join() === methods.join())) known.push({ methods, allow });
}

/** A name sent against the document's limits (`schema`, the document's `Name`), and whether it was taken (2xx). */
export function learnName(learned: Learned, kind: string, name: string, status: number, schema: Record<string, unknown> | undefined): void {
  if (schema && learned.names.schema === null) {
    learned.names.schema = Object.fromEntries(Object.entries(schema).filter(([key]) => !key.startsWith('x-') && key !== 'description'));
  }
  learned.names.tries.push({ kind, length: [...name].length, accepted: status >= 200 && status < 300 });
}

/** A choice the target made where the reference is silent; the first observation is kept. */
export function learnPolicy(learned: Learned, name: string, policy: PolicySeen): void {
  if (!learned.policies.has(name)) learned.policies.set(name, policy);
}
