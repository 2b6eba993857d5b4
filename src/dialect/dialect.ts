/**
 * The dialect: every choice remotix-mock makes where the Remotix reference is silent, as data. The format
 * is `dialect/dialect.schema.json` (version 1), explained in docs/dialect.md; today's choices are
 * `dialect/default.json`. These are its types once a file has been merged over the default: complete.
 */

export type KeyPath = string | string[];
export type Fields = Record<string, string | null>;

export type IdGenerator =
  | { kind: 'random'; template: string; alphabet: string }
  | { kind: 'uuid'; case?: 'lower' | 'upper' }
  | { kind: 'counter'; prefix?: string; start?: number; pad?: number };

export interface IdShape {
  type: 'string' | 'integer';
  pattern: string;
}

export interface CreatedIdShape extends IdShape {
  new: IdGenerator;
}

/**
 * `{value}`: always this value; `{default}`: the fixture's value, else this one; `{}`: the fixture's value
 * only; `{stamp}`: the time of an event, kept with the item; `{derived}`: computed when written.
 */
export interface ExtraField {
  value?: unknown;
  default?: unknown;
  stamp?: 'created' | 'updated' | 'action';
  derived?: 'member-count' | 'connection-count' | 'credential-keys' | 'has-credentials' | 'path';
}

export interface ItemFormat {
  fields: Fields;
  extra: Record<string, ExtraField>;
  omitNull: boolean;
}

export interface ComputerConnectionFormat {
  style: 'objects' | 'ids' | 'map';
  fields: Fields;
  extra?: Record<string, ExtraField>;
  omitNull: boolean;
}

export interface ActionFormat {
  style: 'paths' | 'objects' | 'map';
  separator?: string;
  /** paths: written before each entry; `{{id}}` is the computer's id. */
  prefix?: string;
  fields?: Fields;
  omitNull?: boolean;
  own?: string | null;
}

export type AnswerBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'item'; at?: KeyPath; with?: Record<string, unknown> }
  | { kind: 'none' };
export type ErrorBody =
  | { kind: 'problem'; typePrefix?: string }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'none' };

export interface ReadAnswer {
  status?: number;
  contentType?: string;
  at: KeyPath;
  /** Fields beside the value (a template). */
  with?: Record<string, unknown>;
}

export interface GroupItemsAnswer {
  status?: number;
  contentType?: string;
  layout: 'separate' | 'mixed';
  /** true: the group's fields at the root; a key path: under it; false: not shown. */
  group: boolean | KeyPath;
  connections?: KeyPath;
  computers?: KeyPath;
  at?: KeyPath;
  order?: 'connections-first' | 'computers-first';
  discriminator?: { field: string; connection: unknown; computer: unknown } | null;
  /** Fields written beside the group's items (a template: {{id}}, {{count}} the number of its items). */
  with?: Record<string, unknown>;
}

export interface WriteAnswer {
  status?: number;
  contentType?: string | null;
  body: AnswerBody;
}

export const READ_OPERATIONS = [
  'listGroups',
  'listNearby',
  'getComputer',
  'listComputerActions',
  'listComputerConnections',
  'getComputerConnection',
  'getComputerConnectionCredentials',
] as const;
export const WRITE_OPERATIONS = [
  'createGroup',
  'renameGroup',
  'deleteGroup',
  'createConnection',
  'updateConnection',
  'deleteConnection',
  'setConnectionCredentials',
  'deleteConnectionCredentials',
  'updateComputer',
  'deleteComputer',
  'updateComputerConnection',
  'deleteComputerConnection',
  'deleteComputerConnectionCredentials',
  'connectConnection',
  'chatWithComputer',
  'runComputerAction',
] as const;
export const ACTION_OPERATIONS = ['connectConnection', 'chatWithComputer', 'runComputerAction'] as const;

export type ReadOperation = (typeof READ_OPERATIONS)[number];
export type WriteOperation = (typeof WRITE_OPERATIONS)[number];

export type Answers = Record<ReadOperation, ReadAnswer> & Record<WriteOperation, WriteAnswer> & { getGroup: GroupItemsAnswer };

/** The kinds of error a dialect shapes (the mock's own kinds, such as injected faults, keep their status). */
export const DIALECT_ERROR_KINDS = [
  'validation',
  'malformed-json',
  'malformed-request',
  'unauthorized',
  'not-found',
  'gone',
  'no-credentials',
  'unknown-path',
  'method-not-allowed',
  'request-timeout',
  'conflict',
  'action-not-offered',
  'payload-too-large',
  'unsupported-media-type',
  'unknown-reference',
  'header-fields-too-large',
  'starting',
] as const;
export type DialectErrorKind = (typeof DIALECT_ERROR_KINDS)[number];

export interface ErrorKindFormat {
  status: number;
  title?: string;
  body?: ErrorBody;
  contentType?: string | null;
  allow?: boolean;
  allowHead?: boolean;
  allowOrder?: 'document' | 'sorted';
}

export interface SettingKey {
  schema: Record<string, unknown>;
  /** Absent: not known (a connection added by PUT lacks the key; null removes it). */
  default?: string | number | boolean;
}

export interface ConnectionTypeFormat {
  keys: Record<string, SettingKey>;
  credentials: string[];
}

export type ConnectionTypeName = 'VNC' | 'RDP' | 'NEAR';
export type ActionName = 'control' | 'curtain' | 'observe' | 'ft';

export interface Dialect {
  $schema?: string;
  version: 1;
  about?: Record<string, unknown>;
  ids: {
    group: CreatedIdShape;
    connection: CreatedIdShape;
    computer: IdShape;
    space: 'shared' | 'separate';
    malformed: { path: 'validation' | 'not-found'; body: 'validation' | 'unknown-reference' };
    deleted: 'not-found' | 'gone';
  };
  paths: { trailingSlash: 'strict' | 'tolerant' };
  requests: {
    contentType: 'json' | 'any';
    unknownKeys: 'refuse' | 'ignore';
    emptyUpdate: 'refuse' | 'accept';
    /** Absent or `accept`: an update may name only one of name and category_uid. */
    partialUpdate?: Partial<Record<'updateConnection' | 'updateComputer', 'accept' | 'refuse'>>;
    missingBody: 'refuse' | 'empty-object';
    query: 'refuse' | 'ignore';
    unexpectedBody: 'refuse' | 'ignore';
    actionBody: 'empty-object' | 'json' | 'none' | 'ignore';
    values: { name: Record<string, unknown>; secret: Record<string, unknown> };
  };
  items: {
    group: ItemFormat;
    connection: ItemFormat;
    computer: ItemFormat;
    nearby: ItemFormat;
    computerConnection: ComputerConnectionFormat;
    action: ActionFormat;
  };
  answers: Answers;
  success: { status: number; contentType: string; indent: number };
  errors: {
    body: ErrorBody;
    contentType?: string;
    /** `invalid-query` only when a dialect tells a refused query string from other validation errors. */
    byKind: Record<DialectErrorKind, ErrorKindFormat> & { 'invalid-query'?: ErrorKindFormat };
  };
  groups: { deleteNonEmpty: 'refuse' | 'cascade' | 'move'; moveTo: string | null };
  credentials: {
    keys: string[];
    put: 'merge' | 'replace';
    accept: 'listed' | 'own-protocol' | 'any';
    byProtocol: Partial<Record<'NEAR' | 'RDP' | 'VNC' | 'APPLE', string[]>>;
    otherProtocol: 'refuse' | 'ignore';
    deleteWhenNone: 'ok' | 'no-credentials';
  };
  connections: { newProtocol: 'NEAR' | 'RDP' | 'VNC' | 'APPLE' | null };
  settings: {
    unknownKeys: 'refuse' | 'ignore' | 'keep';
    null: 'default' | 'remove';
    missingConnection: 'create' | 'not-found';
    putCredentials: boolean;
    types: Record<ConnectionTypeName, ConnectionTypeFormat>;
  };
  actions: {
    offered: Record<ConnectionTypeName, ActionName[]>;
    chat: 'with-near' | 'always' | 'never';
    chatPosition: 'first' | 'last';
    notOffered: 'refuse' | 'accept';
  };
  provenance?: Record<string, unknown>;
}

/**
 * `"groups"` → `["groups"]`; a JSON Pointer (`""`, `"/data/items"`, as the contract kit reports where a list
 * sits) → its keys; `[]` and `""` are the body itself.
 */
export function keyPath(path: KeyPath | undefined): string[] {
  if (path === undefined || path === '') return [];
  if (typeof path !== 'string') return path;
  if (!path.startsWith('/')) return [path];
  return path
    .slice(1)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
}
