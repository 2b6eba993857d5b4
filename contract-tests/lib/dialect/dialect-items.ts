import { discriminatorOf } from './dialect-answers.js';
import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

type Kind = 'group' | 'connection' | 'computer';

/**
 * What an extra key of an item is, when its name says so (as the snapshot's comparison reads derived keys):
 * times of creation, change and connection, and counts. Anything else is the fixture item's own value.
 */
function extraOf(kind: Kind | 'computerConnection', key: string): { value: Entry; named: boolean } {
  if (/created/i.test(key) && /_at$|time|date/i.test(key)) return { value: { stamp: 'created' }, named: true };
  if (/updated|modified/i.test(key) && /_at$|time|date/i.test(key)) return { value: { stamp: 'updated' }, named: true };
  if (/connected/i.test(key) && /_at$|time|date/i.test(key)) return { value: { stamp: 'action', default: null }, named: true };
  if (/count/i.test(key) && kind === 'group') return { value: { derived: 'member-count' }, named: true };
  if (/count/i.test(key) && kind === 'computer') return { value: { derived: 'connection-count' }, named: true };
  if (/credential/i.test(key) && kind === 'connection') return { value: { derived: 'credential-keys' }, named: true };
  if (/credential/i.test(key) && kind === 'computerConnection') return { value: { derived: 'has-credentials' }, named: true };
  if (/^path$/i.test(key)) return { value: { derived: 'path' }, named: true };
  return { value: {}, named: false };
}

/**
 * `extra`: every key seen besides the fields. A key the item the kit created showed (it sent a name and a
 * group only) has that value as its default: what an item created without it holds.
 */
function writeExtra(
  draft: DialectDraft,
  at: string,
  kind: Kind | 'computerConnection',
  keys: readonly string[],
  created?: Entry,
  kindKey?: { field: string; value: unknown },
  countKey?: string,
): void {
  const extra: Entry = {};
  const named: string[] = [];
  const defaulted: string[] = [];
  for (const key of keys) {
    if (key === kindKey?.field) {
      // The key that tells a connection from a computer in a group's mixed list: the same value everywhere.
      extra[key] = { value: kindKey.value };
      named.push(key);
      continue;
    }
    const read = key === countKey ? { value: { derived: 'member-count' }, named: true } : extraOf(kind, key);
    extra[key] = read.value;
    if (read.named) named.push(key);
    else if (created !== undefined && created[key] !== undefined) {
      extra[key] = { default: created[key] };
      defaulted.push(key);
    }
  }
  const note =
    (named.length
      ? `keys seen besides the fields; what ${named.join(', ')} hold is read from their names, the rest is the fixture's`
      : "keys seen besides the fields: the fixture's values") +
    (defaulted.length ? `; a created item showed ${defaulted.join(', ')}: its value there is the default` : '');
  draft.assumed(`${at}/extra`, extra, note);
}

/** `items.group`, `.connection`, `.computer`: the keys that carry id, name and group, and every other key seen. */
export function writeItems(draft: DialectDraft, learned: Entry): void {
  for (const kind of ['group', 'connection', 'computer'] as const) {
    const item = observedEntry(learned.items, kind);
    if (!item || item.idKey === null) {
      draft.notTried(`/items/${kind}`, `no ${kind} was located in an answer`);
      continue;
    }
    const keys = (item.keys as string[]) ?? [];
    const fields: Entry = { id: item.idKey, name: item.nameKey ?? null };
    if (kind !== 'group') fields.group = item.groupKey ?? null;
    if (kind === 'connection') {
      fields.protocol = keys.includes('protocol') ? 'protocol' : protocolKey(examplesOf(learned, 'group-connections'));
      const flag = item.credentialsFlagKey as string | null;
      fields.hasCredentials = flag !== null && flagIsBoolean(learned, flag) ? flag : null;
    }
    draft.observed(`/items/${kind}/fields`, fields);
    const taken = new Set(Object.values(fields).filter((v): v is string => typeof v === 'string'));
    const created = item.created as Entry | undefined;
    writeExtra(
      draft,
      `/items/${kind}`,
      kind,
      keys.filter((key) => !taken.has(key)),
      created,
      kind === 'computer' ? kindKeyOf(learned) : undefined,
      kind === 'group' ? (item.countKey as string | undefined) : undefined,
    );
    if (kind === 'connection') writeNewProtocol(draft, fields.protocol as string | null, created);
  }
  writeNearby(draft, learned);
  writeComputerConnection(draft, learned);
  writeAction(draft, learned);
  writeOffered(draft, learned);
}

const ACTIONS = ['control', 'curtain', 'observe', 'ft'];

/** `actions.offered`: per connection type, the actions the computers read offered (a type not seen keeps the default's). */
function writeOffered(draft: DialectDraft, learned: Entry): void {
  const byType = (observedEntry(learned, 'offeredActions')?.byType ?? {}) as Record<string, string[]>;
  for (const type of ['NEAR', 'VNC', 'RDP']) {
    const actions = (byType[type] ?? []).filter((action) => ACTIONS.includes(action));
    if (actions.length > 0)
      draft.observed(`/actions/offered/${type}`, actions, `what the computers read offered on ${type} connections, in their order`);
    else draft.notTried(`/actions/offered/${type}`, `no computer read offered an action on a ${type} connection`);
  }
}

const PROTOCOLS = ['NEAR', 'RDP', 'VNC', 'APPLE', null];

/** `connections.newProtocol`: the protocol a connection created without one showed. */
function writeNewProtocol(draft: DialectDraft, key: string | null, created: Entry | undefined): void {
  const value = key === null || created === undefined ? undefined : created[key];
  if (value !== undefined && PROTOCOLS.includes(value as string | null))
    draft.observed('/connections/newProtocol', value, 'the protocol of the connection the kit created without one');
  else
    draft.notTried(
      '/connections/newProtocol',
      created === undefined ? 'no created connection was read back' : 'the created connection showed no protocol the dialect can name',
    );
}

/**
 * The key and value that mark a computer in a group's mixed list, when its own answer (`GET /computer/{id}`)
 * shows them too: the mock then writes them everywhere. Elsewhere the group answer's discriminator writes them.
 */
function kindKeyOf(learned: Entry): { field: string; value: unknown } | undefined {
  const record = examplesOf(learned, 'computer-record')[0];
  const connections = examplesOf(learned, 'group-connections');
  const computers = examplesOf(learned, 'group-computers');
  if (observedEntry(learned.lists, 'group-connections')?.at !== observedEntry(learned.lists, 'group-computers')?.at) return undefined;
  const found = discriminatorOf(connections, computers);
  if (!found || !record || record[found.field as string] !== found.computer) return undefined;
  return { field: found.field as string, value: found.computer };
}

const examplesOf = (learned: Entry, list: string): Entry[] =>
  ((observedEntry(learned.lists, list)?.examples as unknown[] | undefined) ?? []).filter(
    (e): e is Entry => e !== null && typeof e === 'object' && !Array.isArray(e),
  );

/** A key whose value is a protocol's name (`connection_type: "RDP"`) in every example that has it: the protocol's key. */
function protocolKey(examples: Entry[]): string | null {
  const keys = new Set(examples.flatMap((e) => Object.keys(e)));
  return (
    [...keys].find(
      (key) =>
        examples.every((e) => !(key in e) || e[key] === null || ['NEAR', 'RDP', 'VNC', 'APPLE'].includes(e[key] as string)) &&
        examples.some((e) => typeof e[key] === 'string'),
    ) ?? null
  );
}

function flagIsBoolean(learned: Entry, key: string): boolean {
  const examples = (observedEntry(learned.lists, 'group-connections')?.examples as Entry[] | undefined) ?? [];
  return examples.some((item) => typeof item?.[key] === 'boolean');
}

/** The fields of an object item read from one example's keys, and its other keys as extra. */
function writeObjectItem(draft: DialectDraft, at: string, example: Entry, fields: Entry, note?: string): void {
  draft.observed(`${at}/fields`, fields, note);
  const taken = Object.values(fields);
  const kind = at === '/items/computerConnection' ? 'computerConnection' : 'connection';
  writeExtra(
    draft,
    at,
    kind,
    Object.keys(example).filter((key) => !taken.includes(key)),
  );
}

function writeNearby(draft: DialectDraft, learned: Entry): void {
  const examples = examplesOf(learned, 'nearby');
  if (examples.length === 0) {
    draft.notTried('/items/nearby', 'the Nearby list held no object');
    return;
  }
  // Every key any entry seen had (a port only some show).
  const example = Object.assign({}, ...examples) as Entry;
  const keys = Object.keys(example);
  const find = (test: RegExp) => keys.find((key) => test.test(key)) ?? null;
  const nameKey = observedEntry(learned.items, 'connection')?.nameKey as string | undefined;
  const name = nameKey && keys.includes(nameKey) ? nameKey : find(/name|title|label/i);
  const fields = { name, host: find(/host|address/i), protocol: find(/protocol/i) ?? protocolKey(examples) };
  writeObjectItem(draft, '/items/nearby', example, fields, 'read from the keys of an entry of the Nearby list');
}

function writeComputerConnection(draft: DialectDraft, learned: Entry): void {
  const list = observedEntry(learned.lists, 'computer-connections');
  if (!list) {
    draft.notTried('/items/computerConnection', "no computer's connections were read");
    return;
  }
  const style = list.items === 'scalars' ? 'ids' : list.items === 'map-keys' ? 'map' : 'objects';
  draft.observed('/items/computerConnection/style', style);
  if (style !== 'objects') return;
  const example = ((list.examples as Entry[]) ?? [])[0] ?? {};
  const keys = Object.keys(example);
  const type = keys.find((key) => /type/i.test(key)) ?? null;
  const idKey = list.idFrom === 'value' ? ((list.idKey as string | null | undefined) ?? null) : null;
  // A computer's connection is named by its type (`/computer/{id}/VNC`): one key that holds both is the type's.
  const fields = { id: idKey === type ? null : idKey, type, port: keys.find((key) => /port/i.test(key)) ?? null };
  const note = idKey !== null && idKey === type ? `${type} names the connection and holds its type: written as the type` : undefined;
  writeObjectItem(draft, '/items/computerConnection', example, fields, note);
}

/** The actions list: tails (`NEAR/control`), whole paths, objects or lists per connection. */
function writeAction(draft: DialectDraft, learned: Entry): void {
  const list = observedEntry(learned.lists, 'computer-actions');
  const form = (list?.form as string | undefined) ?? '';
  const style = form.includes('per-connection')
    ? 'map'
    : form.includes('objects')
      ? 'objects'
      : /paths|path-tails/.test(form)
        ? 'paths'
        : null;
  if (!list || style === null) {
    draft.notTried('/items/action', `no actions list in a form a dialect writes (${form || 'none read'})`);
    return;
  }
  const value: Entry = { style };
  if (style === 'paths') value.separator = '/';
  if (style === 'paths' && /(^|\+)paths/.test(form)) value.prefix = '/computer/{{id}}/';
  if (style === 'map') {
    // The key that lists the computer's own actions (`{computer: ["chat"]}`), when the map had one.
    const example = ((list.examples as unknown[] | undefined) ?? [])[0] as Entry | undefined;
    const own = Object.entries(example ?? {}).find(([, actions]) => Array.isArray(actions) && actions.includes('chat'))?.[0];
    if (own !== undefined) value.own = own;
  }
  draft.observed('/items/action', value, `actions listed as ${form}`);
  writeChatPosition(draft, ((list.examples as unknown[] | undefined) ?? [])[0]);
}

/** `actions.chatPosition`: chat first or last among the entries of an actions list seen with several. */
function writeChatPosition(draft: DialectDraft, example: unknown): void {
  const object = example !== null && typeof example === 'object' && !Array.isArray(example) ? (example as Entry) : undefined;
  const values = object ? Object.values(object) : [];
  const entries = Array.isArray(example)
    ? example
    : values.length === 1 && Array.isArray(values[0])
      ? (values[0] as unknown[])
      : Object.entries(object ?? {});
  const at = entries.findIndex((entry) => JSON.stringify(entry).includes('"chat"'));
  if (entries.length > 1 && at === 0) draft.observed('/actions/chatPosition', 'first');
  else if (entries.length > 1 && at === entries.length - 1) draft.observed('/actions/chatPosition', 'last');
  else draft.notTried('/actions/chatPosition', 'no actions list was seen with chat and another action');
}
