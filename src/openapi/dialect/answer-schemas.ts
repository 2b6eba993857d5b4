import type { Schema } from '../../../openapi-reader/list-operations.js';
import { type ConnectionTypeName, type Dialect, type ErrorBody, keyPath, type WriteOperation } from '../../dialect/dialect.js';
import { type DialectSchemas, type IdKind, templateSchema } from './dialect-schemas.js';

/** A success answer as the dialect writes it: its status, media type (null: no body) and schema. */
export interface AnswerSchema {
  status: number;
  mediaType: string | null;
  /** By connection type, for settings (`x-remotix-schema-by-parameter`). */
  schema: Schema | { byType: Record<ConnectionTypeName, Schema> };
}

const TYPES = ['NEAR', 'VNC', 'RDP'] as const;

/** `application/json; charset=utf-8` → `application/json`: the key of a media type in the document. */
export function mediaTypeOf(contentType: string | null): string | null {
  return contentType === null ? null : contentType.split(';')[0]!.trim().toLowerCase();
}

function wrapped(path: readonly string[], schema: Schema): Schema {
  let result = schema;
  for (let i = path.length - 1; i >= 0; i--) {
    result = { type: 'object', additionalProperties: false, required: [path[i]!], properties: { [path[i]!]: result } };
  }
  return result;
}

const list = (items: Schema): Schema => ({ type: 'array', items });

/** The schema of every API operation's success answer, from the dialect. */
export function answerSchemas(schemas: DialectSchemas): Record<string, AnswerSchema> {
  const { dialect } = schemas;
  const { answers, success } = dialect;
  const read = (operationId: keyof typeof answers, schema: AnswerSchema['schema']): AnswerSchema => {
    const answer = answers[operationId];
    const beside = (answer as { with?: Record<string, unknown> }).with;
    const withBeside = (value: Schema) => (beside === undefined ? value : merged(templateSchema(beside, readPlaceholders(schemas)), value));
    const byType = (schema as { byType?: Record<ConnectionTypeName, Schema> }).byType;
    const fitted = byType
      ? {
          byType: Object.fromEntries(Object.entries(byType).map(([type, value]) => [type, withBeside(value)])) as Record<
            ConnectionTypeName,
            Schema
          >,
        }
      : withBeside(schema as Schema);
    return { status: answer.status ?? success.status, mediaType: mediaTypeOf(answer.contentType ?? success.contentType), schema: fitted };
  };
  const at = (operationId: 'listGroups' | 'listNearby' | 'getComputer' | 'listComputerActions' | 'listComputerConnections') =>
    keyPath(answers[operationId].at);
  const settingsAt = keyPath(answers.getComputerConnection.at);
  const result: Record<string, AnswerSchema> = {
    listGroups: read('listGroups', wrapped(at('listGroups'), list(schemas.item('group')))),
    listNearby: read('listNearby', wrapped(at('listNearby'), list(schemas.item('nearby')))),
    getGroup: read('getGroup', groupItemsSchema(schemas)),
    getComputer: read('getComputer', wrapped(at('getComputer'), schemas.item('computer'))),
    listComputerActions: read('listComputerActions', wrapped(at('listComputerActions'), actionsSchema(dialect))),
    listComputerConnections: read('listComputerConnections', wrapped(at('listComputerConnections'), computerConnectionsSchema(schemas))),
    getComputerConnection: read('getComputerConnection', {
      byType: Object.fromEntries(TYPES.map((type) => [type, wrapped(settingsAt, schemas.settings(type))])) as Record<
        ConnectionTypeName,
        Schema
      >,
    }),
    getComputerConnectionCredentials: read(
      'getComputerConnectionCredentials',
      wrapped(keyPath(answers.getComputerConnectionCredentials.at), schemas.computerCredentials()),
    ),
  };
  for (const operationId of Object.keys(WRITE_ITEMS) as WriteOperation[]) result[operationId] = writeSchema(schemas, operationId, result);
  return result;
}

/** For each write: the id `{{id}}` stands for, and the item `{kind: item}` writes. */
const WRITE_ITEMS: Record<WriteOperation, { id: IdKind; item: 'group' | 'connection' | 'computer' | 'settings' | 'credentials' | null }> = {
  createGroup: { id: 'group', item: 'group' },
  renameGroup: { id: 'group', item: 'group' },
  deleteGroup: { id: 'group', item: 'group' },
  createConnection: { id: 'connection', item: 'connection' },
  updateConnection: { id: 'connection', item: 'connection' },
  deleteConnection: { id: 'connection', item: 'connection' },
  setConnectionCredentials: { id: 'connection', item: 'connection' },
  deleteConnectionCredentials: { id: 'connection', item: 'connection' },
  updateComputer: { id: 'computer', item: 'computer' },
  deleteComputer: { id: 'computer', item: 'computer' },
  updateComputerConnection: { id: 'computer', item: 'settings' },
  deleteComputerConnection: { id: 'computer', item: 'settings' },
  deleteComputerConnectionCredentials: { id: 'computer', item: 'credentials' },
  connectConnection: { id: 'connection', item: null },
  chatWithComputer: { id: 'computer', item: null },
  runComputerAction: { id: 'computer', item: null },
};

function writeSchema(schemas: DialectSchemas, operationId: WriteOperation, reads: Record<string, AnswerSchema>): AnswerSchema {
  const { dialect } = schemas;
  const answer = dialect.answers[operationId];
  const status = answer.status ?? dialect.success.status;
  const { body } = answer;
  const fallback = body.kind === 'none' ? null : body.kind === 'text' ? 'text/plain' : dialect.success.contentType;
  const mediaType = mediaTypeOf(answer.contentType === undefined ? fallback : answer.contentType);
  const { id, item } = WRITE_ITEMS[operationId];
  const placeholders = { ...readPlaceholders(schemas), id: schemas.idJson(id), action: { type: 'string' }, seq: { type: 'integer' } };
  switch (body.kind) {
    case 'none':
      return { status, mediaType: null, schema: {} };
    case 'text':
      return { status, mediaType, schema: { type: 'string' } };
    case 'json':
      return { status, mediaType, schema: templateSchema(body.value, placeholders) };
    case 'item': {
      // Settings and credentials are written as their GET answers them.
      if (item === 'settings' || item === 'credentials') {
        const read = reads[item === 'settings' ? 'getComputerConnection' : 'getComputerConnectionCredentials']!;
        const at = keyPath(body.at);
        const byType = (read.schema as { byType?: Record<ConnectionTypeName, Schema> }).byType;
        if (at.length === 0) return { status, mediaType, schema: read.schema };
        return {
          status,
          mediaType,
          schema: byType
            ? {
                byType: Object.fromEntries(Object.entries(byType).map(([type, value]) => [type, wrapped(at, value)])) as Record<
                  ConnectionTypeName,
                  Schema
                >,
              }
            : wrapped(at, read.schema as Schema),
        };
      }
      const schema = wrapped(keyPath(body.at), schemas.item(item ?? 'group'));
      return { status, mediaType, schema: body.with === undefined ? schema : merged(templateSchema(body.with, placeholders), schema) };
    }
  }
}

/** The placeholders of a read answer's `with`: the path's id, a computer connection's parts, a list's length. */
function readPlaceholders(schemas: DialectSchemas): Record<string, Schema> {
  return {
    id: schemas.idJson('computer'),
    connection: { type: ['string', 'null'] },
    type: { type: ['string', 'null'] },
    port: { type: ['integer', 'null'] },
    count: { type: ['integer', 'null'], minimum: 0 },
  };
}

/** Two object schemas as one: the keys of both. */
function merged(a: Schema, b: Schema): Schema {
  const left = a as { properties?: Record<string, Schema>; required?: string[] };
  const right = b as { properties?: Record<string, Schema>; required?: string[] };
  return {
    type: 'object',
    additionalProperties: false,
    required: [...new Set([...(left.required ?? []), ...(right.required ?? [])])],
    properties: { ...left.properties, ...right.properties },
  };
}

function groupItemsSchema(schemas: DialectSchemas): Schema {
  const { dialect } = schemas;
  const answer = dialect.answers.getGroup;
  const group = schemas.item('group') as { properties: Record<string, Schema>; required: string[] };
  const empty = (): Schema => ({ type: 'object', additionalProperties: false, required: [], properties: {} });
  const root = (): Schema => {
    if (answer.group === false) return empty();
    if (answer.group === true) return structuredClone(group);
    return place(empty(), keyPath(answer.group), structuredClone(group));
  };
  const place = (target: Schema, path: readonly string[], value: Schema): Schema => {
    if (path.length === 0) return value;
    const [head, ...rest] = path as [string, ...string[]];
    const properties = target.properties as Record<string, Schema>;
    properties[head] = place(
      properties[head] ?? { type: 'object', additionalProperties: false, required: [], properties: {} },
      rest,
      value,
    );
    if (!(target.required as string[]).includes(head)) (target.required as string[]).push(head);
    return target;
  };
  if (answer.layout === 'separate') {
    const out = root();
    place(out, keyPath(answer.connections ?? 'connections'), list(schemas.item('connection')));
    place(out, keyPath(answer.computers ?? 'computers'), list(schemas.item('computer')));
    return out;
  }
  const tag = answer.discriminator;
  const tagged = (schema: Schema, value: unknown): Schema => {
    if (!tag) return schema;
    const copy = structuredClone(schema) as { properties: Record<string, Schema>; required: string[] };
    copy.properties[tag.field] = { const: value };
    copy.required.push(tag.field);
    return copy;
  };
  const items = list({ anyOf: [tagged(schemas.item('connection'), tag?.connection), tagged(schemas.item('computer'), tag?.computer)] });
  const at = keyPath(answer.at ?? 'items');
  return at.length === 0 ? items : place(root(), at, items);
}

function actionsSchema(dialect: Dialect): Schema {
  const format = dialect.items.action;
  if (format.style === 'paths') return list({ type: 'string' });
  if (format.style === 'map') return { type: 'object', additionalProperties: list({ type: 'string' }) };
  const connection = format.fields?.connection === undefined ? 'connection' : format.fields.connection;
  const action = format.fields?.action ?? 'action';
  const properties: Record<string, Schema> = { [action]: { type: 'string' } };
  const required = [action];
  if (connection !== null) {
    properties[connection] = { type: ['string', 'null'] };
    if (!format.omitNull) required.push(connection);
  }
  return list({ type: 'object', additionalProperties: false, required, properties });
}

function computerConnectionsSchema(schemas: DialectSchemas): Schema {
  const format = schemas.dialect.items.computerConnection;
  const values = {
    id: schemas.component('ComputerConnectionId'),
    type: schemas.component('ConnectionType'),
    port: { type: ['integer', 'null'] },
  };
  if (format.style === 'ids') return list(values.id);
  if (format.style === 'objects') return list(schemas.object(format.fields, values, format, ['port']));
  const rest = schemas.object({ ...format.fields, id: null }, values, format, ['port']);
  return { type: 'object', propertyNames: values.id, additionalProperties: rest };
}

/** The body of one kind of error: a problem document, a template's JSON, text, or none. */
export function errorBodySchema(schemas: DialectSchemas, body: ErrorBody): Schema | null {
  switch (body.kind) {
    case 'none':
      return null;
    case 'problem':
      return schemas.component('Problem');
    case 'text':
      return { type: 'string' };
    case 'json':
      return templateSchema(body.value, {
        status: { type: 'integer' },
        title: { type: 'string' },
        detail: { type: 'string' },
        kind: { type: 'string' },
        errors: { type: 'array', items: schemas.component('ProblemError') },
      });
  }
}
