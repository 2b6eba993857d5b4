import { EXTENSION_KEY, FIXED_METHODS } from './additional-operations.js';

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

/** One operation of a document, with its path-level parameters merged in (its own win). */
export interface Operation {
  operationId: string;
  /** Upper case, as sent: `GET`, `ACTION`. */
  method: string;
  /** The OpenAPI path template, e.g. `/group/{group_uid}`. */
  path: string;
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: Record<string, Response>;
  /** Whether it sits under `x-oai-additionalOperations` rather than a fixed method field. */
  additional: boolean;
  /** The operation object as written, for extensions such as `x-remotix-source`. */
  definition: Record<string, unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as loose JSON
type Json = Record<string, any>;

/**
 * Every operation of a parsed OpenAPI 3.1 document, those under `x-oai-additionalOperations` (ACTION)
 * included, in document order. Parameters given as local references (`#/components/...`) are followed,
 * so the document may be dereferenced or not.
 */
export function listOperations(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    const entries: Array<[string, Json, boolean]> = [
      ...FIXED_METHODS.filter((m) => item[m]).map((m): [string, Json, boolean] => [m.toUpperCase(), item[m], false]),
      ...Object.entries<Json>(item[EXTENSION_KEY] ?? {}).map(([m, op]): [string, Json, boolean] => [m.toUpperCase(), op, true]),
    ];
    const shared = resolveAll(document, item.parameters);
    for (const [method, definition, additional] of entries) {
      if (typeof definition.operationId !== 'string') throw new Error(`${method} ${path} has no operationId`);
      const own = resolveAll(document, definition.parameters);
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      const { operationId, requestBody, responses = {} } = definition;
      operations.push({ operationId, method, path, parameters, requestBody, responses, additional, definition });
    }
  }
  return operations;
}

function resolveAll(document: Json, parameters: Json[] | undefined): Parameter[] {
  return (parameters ?? []).map((p) => resolveLocal(document, p) as Parameter);
}

/** Follows a `#/...` reference inside the same document. */
function resolveLocal(document: Json, node: Json): Json {
  if (typeof node.$ref !== 'string') return node;
  if (!node.$ref.startsWith('#/')) throw new Error(`only local parameter references are supported: ${node.$ref}`);
  const target = node.$ref
    .slice(2)
    .split('/')
    .map((key: string) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((at: Json | undefined, key: string) => at?.[key], document);
  if (!target) throw new Error(`unresolved reference ${node.$ref}`);
  return resolveLocal(document, target);
}
