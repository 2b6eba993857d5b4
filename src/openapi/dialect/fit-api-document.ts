import type { OpenAPIV3_1 } from 'openapi-types';
import { listOperations, type Schema } from '../../../openapi-reader/list-operations.js';
import type { Dialect, DialectErrorKind } from '../../dialect/dialect.js';
import { SCHEMA_BY_PARAMETER } from '../create-request-validators.js';
import { type AnswerSchema, answerSchemas, errorBodySchema, mediaTypeOf } from './answer-schemas.js';
import { DialectSchemas, type IdKind } from './dialect-schemas.js';

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as loose JSON
type Json = Record<string, any>;

const PATH_IDS: Record<string, IdKind> = { group_uid: 'group', uid: 'connection', computer_id: 'computer' };
const TYPES = ['NEAR', 'VNC', 'RDP'] as const;

/**
 * The document a dialect implies: the (dereferenced) reference document with every assumed part made
 * the dialect's: id patterns in paths and bodies, body keys and settings, and the status, media type and
 * schema of every answer, success and error. Nodes the dialect changes are marked `x-remotix-dialect`.
 * The document given is not changed.
 */
export function fitApiDocument(base: OpenAPIV3_1.Document, dialect: Dialect): OpenAPIV3_1.Document {
  const document = structuredClone(base) as Json;
  const schemas = new DialectSchemas(dialect, document.components.schemas);
  const answers = answerSchemas(schemas);
  for (const item of Object.values<Json>(document.paths)) {
    if (item.parameters) item.parameters = item.parameters.map((parameter: Json) => fitParameter(schemas, parameter));
  }
  // Each operation object as written in the copy (`definition`), changed in place.
  for (const { definition: operation, additional, operationId } of listOperations(document)) {
    if (additional && dialect.requests.actionBody !== 'empty-object') fitActionBody(dialect.requests.actionBody, operation as Json);
    fitRequestBody(schemas, operation as Json);
    operation.responses = fitResponses(schemas, operation as Json, answers[operationId]!);
  }
  document.info = { ...document.info, 'x-remotix-dialect': dialect.about?.name ?? 'unnamed dialect' };
  document.info.description = `${document.info.description}\n\n**Dialect.** This document is fitted to the dialect \`${document.info['x-remotix-dialect']}\`: its assumed parts are that dialect's (docs/dialect.md).\n`;
  return document as OpenAPIV3_1.Document;
}

function fitParameter(schemas: DialectSchemas, parameter: Json): Json {
  const kind = PATH_IDS[parameter.name];
  return kind && parameter.in === 'path' ? { ...parameter, schema: schemas.idText(kind), 'x-remotix-dialect': `/ids/${kind}` } : parameter;
}

function fitRequestBody(schemas: DialectSchemas, operation: Json): void {
  const { dialect } = schemas;
  const lenient = dialect.requests.unknownKeys === 'ignore';
  const object = (properties: Record<string, Schema>, required: string[], update = false): Schema => {
    const schema: Schema = { type: 'object', additionalProperties: lenient, required, properties };
    if (update && dialect.requests.emptyUpdate === 'refuse') schema.minProperties = 1;
    return schema;
  };
  const item = { name: schemas.name, category_uid: schemas.idJson('group') };
  // A dialect that refuses a partial update requires the whole body the reference shows.
  const whole = (operationId: 'updateConnection' | 'updateComputer') =>
    dialect.requests.partialUpdate?.[operationId] === 'refuse' ? ['name', 'category_uid'] : [];
  const bodies: Record<string, () => Json> = {
    createGroup: () => ({ schema: object({ name: schemas.name }, ['name']) }),
    renameGroup: () => ({ schema: object({ name: schemas.name }, ['name']) }),
    createConnection: () => ({ schema: object(item, ['name', 'category_uid']) }),
    updateConnection: () => ({ schema: object(item, whole('updateConnection'), true) }),
    updateComputer: () => ({ schema: object(item, whole('updateComputer'), true) }),
    setConnectionCredentials: () => ({ schema: schemas.connectionCredentials({ forRequest: true }) }),
    updateComputerConnection: () => {
      const byType = Object.fromEntries(TYPES.map((type) => [type, schemas.settingsPatch(type)]));
      return {
        [SCHEMA_BY_PARAMETER]: { parameter: 'connection', match: '^(NEAR|VNC|RDP)', schemas: byType },
        schema: { anyOf: Object.values(byType) },
      };
    },
  };
  const fitted = bodies[operation.operationId];
  if (!fitted || !operation.requestBody) return;
  const media = operation.requestBody.content['application/json'];
  operation.requestBody = {
    ...operation.requestBody,
    content: { 'application/json': { ...media, ...fitted(), 'x-remotix-source': 'assumed', 'x-remotix-dialect': '/requests' } },
  };
}

/** An ACTION takes any JSON body (json), or none at all (none); ignore is not even read. */
function fitActionBody(policy: 'json' | 'none' | 'ignore', operation: Json): void {
  if (policy === 'none') delete operation.requestBody;
  else
    operation.requestBody = {
      required: false,
      content: { 'application/json': { schema: {}, 'x-remotix-dialect': '/requests/actionBody' } },
    };
}

function fitResponses(schemas: DialectSchemas, operation: Json, answer: AnswerSchema): Json {
  const { dialect } = schemas;
  const responses: Json = {};
  const success = operation.responses['200'] ?? { description: 'Success.' };
  add(responses, answer.status, {
    description: success.description,
    'x-remotix-source': success['x-remotix-source'] ?? 'documented',
    ...content(answer.mediaType, answer.schema, `/answers/${operation.operationId}`),
  });
  // A response names the kinds of error it carries; an operation may name more (its own refusals).
  const carried: Array<[Json, DialectErrorKind[]]> = Object.entries<Json>(operation.responses)
    .filter(([status]) => status !== '200')
    .map(([, response]) => [response, response['x-remotix-problems'] ?? []]);
  const own = (operation['x-remotix-problems'] ?? []) as DialectErrorKind[];
  if (own.length > 0) carried.push([{ description: operation.summary }, own]);
  for (const [response, kinds] of carried) {
    for (const kind of kinds) {
      const format = dialect.errors.byKind[kind];
      if (!format) continue;
      const body = format.body ?? dialect.errors.body;
      const fallback =
        body.kind === 'problem' ? 'application/problem+json' : body.kind === 'text' ? 'text/plain' : dialect.success.contentType;
      const mediaType = mediaTypeOf(format.contentType !== undefined ? format.contentType : (dialect.errors.contentType ?? fallback));
      const schema = errorBodySchema(schemas, body);
      add(responses, format.status, {
        description: response.description,
        'x-remotix-source': 'assumed',
        'x-remotix-problems': [kind],
        ...content(schema === null ? null : mediaType, schema ?? {}, `/errors/byKind/${kind}`),
      });
    }
  }
  return responses;
}

function content(mediaType: string | null, schema: AnswerSchema['schema'], pointer: string): Json {
  if (mediaType === null) return {};
  const media: Json = { 'x-remotix-source': 'assumed', 'x-remotix-dialect': pointer };
  const byType = (schema as { byType?: Record<string, Schema> }).byType;
  if (byType) {
    media[SCHEMA_BY_PARAMETER] = { parameter: 'connection', match: '^(NEAR|VNC|RDP)', schemas: byType };
    media.schema = { anyOf: Object.values(byType) };
  } else media.schema = schema;
  return { content: { [mediaType]: media } };
}

/** Two answers with the same status (say a 400 for two kinds of error) become one that allows either. */
function add(responses: Json, status: number, response: Json): void {
  const existing = responses[String(status)];
  if (!existing) {
    responses[String(status)] = response;
    return;
  }
  existing.description =
    existing.description === response.description ? existing.description : `${existing.description} Or: ${response.description}`;
  existing['x-remotix-problems'] = [...(existing['x-remotix-problems'] ?? []), ...(response['x-remotix-problems'] ?? [])];
  for (const [type, media] of Object.entries<Json>(response.content ?? {})) {
    existing.content ??= {};
    const other = existing.content[type];
    existing.content[type] = other ? { ...other, schema: { anyOf: [other.schema, media.schema] } } : media;
  }
}
