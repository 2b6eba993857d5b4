import { asObject, unwrapped } from '../shapes/json-walk.js';
import { settingsIn } from '../shapes/read-computer-connections.js';
import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

/** The read answers whose list the kit located: operation → the list in `learned.lists`. */
const READS: Array<[string, string]> = [
  ['listGroups', 'groups'],
  ['listNearby', 'nearby'],
  ['listComputerConnections', 'computer-connections'],
  ['listComputerActions', 'computer-actions'],
];

/** Where each list sits (`answers.<op>.at`), the layout of a group's items, and the bodies of writes. */
export function writeAnswers(draft: DialectDraft, learned: Entry): void {
  for (const [operationId, name] of READS) {
    const list = observedEntry(learned.lists, name);
    if (list?.beside && Object.keys(list.beside as Entry).length > 0)
      draft.observed(`/answers/${operationId}/with`, list.beside, 'the keys beside the list ({{count}}: its length)');
    if (list && typeof list.at === 'string') draft.observed(`/answers/${operationId}/at`, list.at);
    else
      draft.notTried(
        `/answers/${operationId}/at`,
        list ? `the ${name} list is not an array at one place` : `the ${name} list was not read`,
      );
  }
  writeGroupItems(draft, learned);
  const settingsAt = observedEntry(learned, 'settings')?.at;
  if (typeof settingsAt === 'string') draft.observed('/answers/getComputerConnection/at', settingsAt);
  else draft.notTried('/answers/getComputerConnection/at', "no computer connection's settings were read");
  writeSettingsBeside(draft, observedEntry(learned, 'settings')?.beside as Beside | undefined);
  writeWrapped(draft, 'getComputer', observedEntry(learned.lists, 'computer-record') as Wrapping | undefined);
  writeWrapped(draft, 'getComputerConnectionCredentials', observedEntry(learned, 'settings')?.credentialsPlace as Wrapping | undefined);
  writeBodies(draft, learned);
}

interface Wrapping {
  at?: string | null;
  beside?: Entry;
}

/** A record answer wrapped one key deep (`{ok: true, data: {...}}`): `at` that key, `with` what stands beside it. */
function writeWrapped(draft: DialectDraft, operationId: string, wrapping: Wrapping | undefined): void {
  if (typeof wrapping?.at !== 'string' || wrapping.beside === undefined) {
    draft.notTried(`/answers/${operationId}/at`, 'the answers read held the record itself');
    return;
  }
  draft.observed(`/answers/${operationId}/at`, wrapping.at, 'the record one key deep in its answer');
  if (Object.keys(wrapping.beside).length > 0)
    draft.observed(`/answers/${operationId}/with`, wrapping.beside, 'the keys beside the record, as the answer held them');
}

interface Beside {
  connection: string;
  fields: Entry;
}

/**
 * `answers.getComputerConnection.with`: the keys beside wrapped settings, as templates where a value is the
 * connection's name, type or port (`{connection: "RDP_3390", type: "RDP", port: 3390}`), else as shown.
 */
function writeSettingsBeside(draft: DialectDraft, beside: Beside | undefined): void {
  if (!beside || Object.keys(beside.fields).length === 0) {
    draft.notTried(
      '/answers/getComputerConnection/with',
      beside ? 'the settings were alone in their answer' : 'the settings were not wrapped',
    );
    return;
  }
  const [type, port] = beside.connection.split('_');
  // Without a port, a connection's name is its type: the key's name tells which one it holds.
  const template = (key: string, value: unknown) =>
    value === type && (port !== undefined || /type|kind|protocol/i.test(key))
      ? '{{type}}'
      : value === beside.connection
        ? '{{connection}}'
        : port !== undefined && (value === Number(port) || value === port)
          ? '{{port}}'
          : port === undefined && value === null && /port/i.test(key)
            ? '{{port}}'
            : value;
  const fields = Object.fromEntries(Object.entries(beside.fields).map(([key, value]) => [key, template(key, value)]));
  draft.observed('/answers/getComputerConnection/with', fields, `the keys beside the settings in the answer for ${beside.connection}`);
}

function writeGroupItems(draft: DialectDraft, learned: Entry): void {
  const connections = observedEntry(learned.lists, 'group-connections');
  const computers = observedEntry(learned.lists, 'group-computers');
  const record = observedEntry(learned.lists, 'group-record');
  if (!connections && !computers) {
    draft.notTried('/answers/getGroup', "no group's items were located");
    return;
  }
  const mixed = connections && computers && connections.at === computers.at && typeof connections.at === 'string';
  if (mixed && connections.at === '') draft.observed('/answers/getGroup/group', false, "the answer is the list of the group's items");
  else if (record && typeof record.at === 'string') draft.observed('/answers/getGroup/group', record.at === '' ? true : record.at);
  else if (mixed && connections.beside !== undefined && Object.keys(connections.beside as Entry).length === 0)
    draft.observed('/answers/getGroup/group', false, "the answer holds the list of the group's items and nothing else");
  else draft.notTried('/answers/getGroup/group', "the group's own fields were not located in its answer");
  if (mixed) {
    draft.observed('/answers/getGroup/layout', 'mixed');
    draft.observed('/answers/getGroup/at', connections.at);
    // Beside the one list: what is not the group's own record ({{count}}: how many items it lists).
    const beside = Object.fromEntries(
      Object.entries((connections.beside ?? {}) as Entry).filter(([, value]) => value === null || typeof value !== 'object'),
    );
    if (Object.keys(beside).length > 0) draft.observed('/answers/getGroup/with', beside, "the keys beside the group's items");
    const discriminator = discriminatorOf(connections.examples as Entry[], computers.examples as Entry[]);
    if (discriminator) draft.observed('/answers/getGroup/discriminator', discriminator);
    else draft.notTried('/answers/getGroup/discriminator', 'no key told a connection from a computer in the examples seen');
    return;
  }
  draft.observed('/answers/getGroup/layout', 'separate');
  for (const [key, list] of [
    ['connections', connections],
    ['computers', computers],
  ] as const) {
    if (list && typeof list.at === 'string') draft.observed(`/answers/getGroup/${key}`, list.at);
    else draft.notTried(`/answers/getGroup/${key}`, `no ${key} were located in a group's answer`);
  }
}

/** A key whose value is a string that differs between the connections and the computers of a mixed list. */
export function discriminatorOf(connections: Entry[], computers: Entry[]): Entry | undefined {
  const [a, b] = [connections[0], computers[0]];
  if (!a || !b) return undefined;
  // A key named for it (`kind`, `type`, `item`), or whose values name the two (`"connection"`, `"computer"`).
  const field = Object.keys(a).find(
    (key) =>
      typeof a[key] === 'string' &&
      typeof b[key] === 'string' &&
      a[key] !== b[key] &&
      (/kind|type|item|class|object/i.test(key) || (/connection/i.test(a[key] as string) && /computer|machine/i.test(b[key] as string))),
  );
  return field === undefined ? undefined : { field, connection: a[field], computer: b[field] };
}

/** The answers of writes, by family: a write the kit did not make is assumed to answer as the others of its family. */
const FAMILIES: Record<string, string[]> = {
  update: ['renameGroup', 'updateConnection', 'setConnectionCredentials', 'updateComputer', 'updateComputerConnection'],
  delete: [
    'deleteGroup',
    'deleteConnection',
    'deleteConnectionCredentials',
    'deleteComputer',
    'deleteComputerConnection',
    'deleteComputerConnectionCredentials',
  ],
  action: ['connectConnection', 'runComputerAction', 'chatWithComputer'],
};

/** The bodies of create, update, delete and ACTION answers: an item, JSON, text or none, and their content types. */
function writeBodies(draft: DialectDraft, learned: Entry): void {
  const seen = observedEntry(learned, 'successBodies');
  const byOperation = (seen?.byOperation ?? {}) as Record<string, { contentType: string | null; example: unknown }>;
  const idKeys = ['group', 'connection', 'computer'].map((kind) => observedEntry(learned.items, kind)?.idKey).filter(Boolean) as string[];
  const settings = observedEntry(learned, 'settings');
  const keysOf = (field: string) => new Set(Object.values((settings?.[field] ?? {}) as Record<string, string[]>).flat());
  const own = { settings: keysOf('keysByType'), credentials: keysOf('credentialKeysByType') };
  const bodies: Record<string, { body: Entry; contentType: string | null }> = {};
  for (const [operationId, { contentType, example }] of Object.entries(byOperation)) {
    const at = `/answers/${operationId}`;
    const created = CREATED_KEY[operationId];
    if (created !== undefined) {
      writeCreateBody(draft, at, created, example);
      draft.observed(`${at}/contentType`, contentType);
      continue;
    }
    const body = bodyOf(operationId, example, contentType, idKeys, own);
    bodies[operationId] = { body, contentType };
    if (body.kind === 'item') draft.observed(`${at}/body`, body, 'the answer held the item');
    else draft.observed(`${at}/body`, body, example === '' && body.kind === 'json' ? 'an empty or null body' : undefined);
    draft.observed(`${at}/contentType`, contentType);
  }
  const credentials = bodies.deleteComputerConnectionCredentials;
  const itemDeletes = FAMILIES.delete!.filter((id) => bodies[id]?.body.kind === 'item');
  if (credentials && JSON.stringify(credentials.body) === '{"kind":"json","value":{}}' && itemDeletes.length > 0) {
    credentials.body = { kind: 'item' };
    draft.assumed(
      '/answers/deleteComputerConnectionCredentials/body',
      credentials.body,
      `it answered {} where no credentials were stored; ${itemDeletes.join(', ')} answered the item: read as the (empty) credentials`,
    );
  }
  for (const [family, operations] of Object.entries(FAMILIES)) {
    const answered = operations.filter((operationId) => bodies[operationId] !== undefined);
    const kinds = new Set(answered.map((operationId) => JSON.stringify(bodies[operationId])));
    for (const operationId of operations.filter((id) => bodies[id] === undefined)) {
      const at = `/answers/${operationId}`;
      if (kinds.size !== 1) {
        draft.notTried(`${at}/body`, `the kit made no ${operationId}${answered.length ? ', and the other answers differ' : ''}`);
        continue;
      }
      const { body, contentType } = bodies[answered[0]!]!;
      const note = `the kit made no ${operationId}: as every other ${family} it made answered (${answered.join(', ')})`;
      draft.assumed(`${at}/body`, body, note);
      draft.assumed(`${at}/contentType`, contentType, note);
    }
  }
}

/**
 * One answer's body as a dialect writes it. An item: an object with an item's id, or for a computer's
 * connection its settings (or credentials) as they were. An empty object from a credentials delete, when the
 * other deletes answered the item, is the (empty) credentials.
 */
function bodyOf(
  operationId: string,
  example: unknown,
  contentType: string | null,
  idKeys: string[],
  own: { settings: Set<string>; credentials: Set<string> },
): Entry {
  if (example === '' && contentType === null) return { kind: 'none' };
  if (isItem(example, idKeys)) return { kind: 'item' };
  const envelope = enveloped(example);
  if (envelope && bodyOf(operationId, envelope.inner, contentType, idKeys, own).kind === 'item')
    return { kind: 'item', at: envelope.at, ...(Object.keys(envelope.beside).length ? { with: envelope.beside } : {}) };
  const credentials = operationId === 'deleteComputerConnectionCredentials';
  // Settings may sit beside the connection's name (`{connection: "VNC", settings: {...}}`), as its GET shows them.
  const shown = credentials ? example : (settingsIn(example)?.settings ?? example);
  const object = shown !== null && typeof shown === 'object' && !Array.isArray(shown) ? Object.keys(shown) : undefined;
  const ownKeys = credentials ? own.credentials : own.settings;
  if (/ComputerConnection/.test(operationId) && object && object.length > 0 && object.every((key) => ownKeys.has(key)))
    return { kind: 'item' };
  if (typeof example === 'string' && example !== '' && !/json/i.test(contentType ?? '')) return { kind: 'text', value: example };
  return { kind: 'json', value: example === '' ? null : example };
}

/** An answer that wraps its content one key deep with an envelope's keys beside (`{ok: true, data: {...}}`). */
function enveloped(example: unknown): { inner: unknown; at: string; beside: Entry } | undefined {
  const object = asObject(example);
  const inner = object ? unwrapped(object) : undefined;
  const key = object && Object.keys(object).find((k) => object[k] === inner);
  if (!object || inner === object || key === undefined) return undefined;
  return {
    inner,
    at: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    beside: Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)),
  };
}

/** The key the reference shows in each create answer (`{group_uid: "0123-CDEF"}`, `{uid: "4567-89AB"}`). */
const CREATED_KEY: Record<string, string> = { createGroup: 'group_uid', createConnection: 'uid' };

/** A create answer: the documented key alone, or the created item with it. */
function writeCreateBody(draft: DialectDraft, at: string, key: string, example: unknown): void {
  const object = example !== null && typeof example === 'object' && !Array.isArray(example) ? (example as Entry) : undefined;
  if (!object || !(key in object)) {
    draft.notTried(`${at}/body`, `the create answer held no ${key}: the document's stands`);
    return;
  }
  const only = Object.keys(object).length === 1;
  // The documented key beside an envelope that holds the item (`{group_uid, ok: true, data: {...}}`).
  const envelope = only ? undefined : enveloped(Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)));
  const body = only
    ? { kind: 'json', value: { [key]: '{{id}}' } }
    : envelope && asObject(envelope.inner)
      ? { kind: 'item', at: envelope.at, with: { [key]: '{{id}}', ...envelope.beside } }
      : { kind: 'item', with: { [key]: '{{id}}' } };
  draft.observed(`${at}/body`, body, only ? `the answer held ${key} alone` : `the answer held ${key} and the item's fields`);
}

const isItem = (example: unknown, idKeys: string[]) =>
  example !== null &&
  typeof example === 'object' &&
  !Array.isArray(example) &&
  Object.keys(example).length > 1 &&
  idKeys.some((key) => key in example);

/** `success.contentType`: the one media type of successful answers, when there was one. */
export function writeSuccess(draft: DialectDraft, learned: Entry): void {
  const seen = (observedEntry(learned, 'mediaTypes')?.seen as string[] | undefined) ?? [];
  if (seen.length === 1) draft.observed('/success/contentType', seen[0]);
  else draft.notTried('/success/contentType', seen.length ? `several were seen: ${seen.join(', ')}` : 'no successful answer was read');
}
