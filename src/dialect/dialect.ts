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

/** `{value}`: always this value; `{default}`: the fixture's value, else this one; `{}`: the fixture's value only. */
export interface ExtraField {
  value?: unknown;
  default?: unknown;
}

export interface ItemFormat {
  fields: Fields;
  extra: Record<string, ExtraField>;
  omitNull: boolean;
}

export interface ComputerConnectionFormat {
  style: 'objects' | 'ids' | 'map';
  fields: Fields;
  omitNull: boolean;
}

export interface ActionFormat {
  style: 'paths' | 'objects' | 'map';
  separator?: string;
  fields?: Fields;
  omitNull?: boolean;
  own?: string | null;
}

export type AnswerBody = { kind: 'json'; value: unknown } | { kind: 'text'; value: string } | { kind: 'item' } | { kind: 'none' };
export type ErrorBody =
  | { kind: 'problem'; typePrefix?: string }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'none' };

export interface ReadAnswer {
  status?: number;
  contentType?: string;
  at: KeyPath;
}

export interface GroupItemsAnswer {
  status?: number;
  contentType?: string;
  layout: 'separate' | 'mixed';
  group: boolean;
  connections?: KeyPath;
  computers?: KeyPath;
  at?: KeyPath;
  order?: 'connections-first' | 'computers-first';
  discriminator?: { field: string; connection: unknown; computer: unknown } | null;
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
}

export interface SettingKey {
  schema: Record<string, unknown>;
  default: string | number | boolean;
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
  };
  paths: { trailingSlash: 'strict' | 'tolerant' };
  requests: {
    contentType: 'json' | 'any';
    unknownKeys: 'refuse' | 'ignore';
    emptyUpdate: 'refuse' | 'accept';
    query: 'refuse' | 'ignore';
    unexpectedBody: 'refuse' | 'ignore';
    actionBody: 'empty-object' | 'ignore';
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
  errors: { body: ErrorBody; contentType?: string; byKind: Record<DialectErrorKind, ErrorKindFormat> };
  groups: { deleteNonEmpty: 'refuse' | 'cascade' | 'move'; moveTo: string | null };
  credentials: { keys: string[]; put: 'merge' | 'replace' };
  settings: {
    unknownKeys: 'refuse' | 'ignore' | 'keep';
    null: 'default' | 'remove';
    missingConnection: 'create' | 'not-found';
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

/** `"groups"` → `["groups"]`; `[]` is the body itself. */
export function keyPath(path: KeyPath | undefined): string[] {
  if (path === undefined) return [];
  return typeof path === 'string' ? [path] : path;
}
