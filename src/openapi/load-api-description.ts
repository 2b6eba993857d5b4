import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3_1 } from 'openapi-types';

/** The path-item extension that carries operations with methods OpenAPI 3.1 has no field for. */
export const ADDITIONAL_OPERATIONS = 'x-oai-additionalOperations';

const STANDARD_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

export interface MediaType {
  schema?: Schema;
  [extension: `x-${string}`]: unknown;
}

export interface RequestBody {
  required?: boolean;
  content: Record<string, MediaType>;
}

export interface Response {
  description: string;
  content?: Record<string, MediaType>;
  [extension: `x-${string}`]: unknown;
}

/** One operation of the document, dereferenced, with its path-level parameters merged in. */
export interface Operation {
  operationId: string;
  /** Upper case, e.g. `GET` or `ACTION`. */
  method: string;
  /** The OpenAPI path template, e.g. `/group/{group_uid}`. */
  path: string;
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: Record<string, Response>;
  /** The operation object as written, for extensions such as `x-remotix-source`. */
  definition: Record<string, unknown>;
}

export interface ApiDescription {
  document: OpenAPIV3_1.Document;
  operations: Operation[];
  /** Methods that only appear under `x-oai-additionalOperations`, e.g. `ACTION`. */
  extensionMethods: string[];
}

/**
 * Reads an OpenAPI 3.1 document, validates it with swagger-parser (the operations under
 * `x-oai-additionalOperations` included) and returns it dereferenced, with its operations listed.
 */
export async function loadApiDescription(file: string): Promise<ApiDescription> {
  const raw = (await SwaggerParser.parse(file)) as OpenAPIV3_1.Document;
  const checked = (await SwaggerParser.validate(file, withAdditionalOperationsExposed(raw), {})) as OpenAPIV3_1.Document;
  const document = stripExposed(checked);
  const operations = listOperations(document);
  assertUniqueOperationIds(file, operations);
  const standard = new Set(STANDARD_METHODS.map((method) => method.toUpperCase()));
  const extensionMethods = [...new Set(operations.map((op) => op.method).filter((method) => !standard.has(method)))];
  return { document, operations, extensionMethods };
}

const EXPOSED_PREFIX = `/${ADDITIONAL_OPERATIONS}`;

/**
 * swagger-parser does not look inside extensions, so each additional operation is also copied, as a
 * `post`, to a path of its own: the validator then checks it like any other operation.
 */
function withAdditionalOperationsExposed(raw: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const copy = structuredClone(raw);
  for (const [path, item] of Object.entries(raw.paths ?? {})) {
    const additional = (item as Record<string, unknown>)[ADDITIONAL_OPERATIONS] as Record<string, unknown> | undefined;
    for (const [method, operation] of Object.entries(additional ?? {})) {
      copy.paths![`${EXPOSED_PREFIX}/${method}${path}`] = { parameters: item?.parameters, post: operation } as never;
    }
  }
  return copy;
}

function stripExposed(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  for (const path of Object.keys(document.paths ?? {})) {
    if (path.startsWith(`${EXPOSED_PREFIX}/`)) delete document.paths![path];
  }
  return document;
}

/** The operations of a dereferenced document, `x-oai-additionalOperations` included. */
export function listOperations(document: OpenAPIV3_1.Document): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const pathItem = item as Record<string, unknown>;
    const shared = (pathItem.parameters ?? []) as Parameter[];
    const entries: Array<[string, unknown]> = STANDARD_METHODS.filter((method) => pathItem[method]).map((method) => [
      method,
      pathItem[method],
    ]);
    entries.push(...Object.entries((pathItem[ADDITIONAL_OPERATIONS] ?? {}) as Record<string, unknown>));
    for (const [method, value] of entries)
      operations.push(toOperation(path, method.toUpperCase(), value as Record<string, unknown>, shared));
  }
  return operations;
}

function toOperation(path: string, method: string, definition: Record<string, unknown>, shared: Parameter[]): Operation {
  const own = (definition.parameters ?? []) as Parameter[];
  const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
  if (typeof definition.operationId !== 'string') throw new Error(`${method} ${path} has no operationId`);
  return {
    operationId: definition.operationId,
    method,
    path,
    parameters,
    requestBody: definition.requestBody as RequestBody | undefined,
    responses: definition.responses as Record<string, Response>,
    definition,
  };
}

function assertUniqueOperationIds(file: string, operations: Operation[]): void {
  const seen = new Map<string, string>();
  for (const { operationId, method, path } of operations) {
    const where = `${method} ${path}`;
    if (seen.has(operationId)) throw new Error(`${file}: operationId ${operationId} is used by ${seen.get(operationId)} and ${where}`);
    seen.set(operationId, where);
  }
}
