import { EXTENSION_KEY } from './to-openapi-32.js';

const FIXED_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationEntry {
  operationId: string;
  /** Upper case, as sent: `GET`, `PUT`, `ACTION`. */
  method: string;
  /** The path template, e.g. `/group/{group_uid}`. */
  path: string;
  /** The names of its query parameters (the path item's and its own). */
  query: string[];
  /** Whether the operation is under `x-oai-additionalOperations` rather than a fixed method field. */
  additional: boolean;
}

type Json = Record<string, any>;

/** Every operation of a parsed OpenAPI 3.1 document, `ACTION` ones (under our extension) included, in document order. */
export function listOperations(document: Json): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    const operations: Array<[string, Json, boolean]> = [
      ...FIXED_METHODS.filter((m) => item[m]).map((m): [string, Json, boolean] => [m.toUpperCase(), item[m], false]),
      ...Object.entries<Json>(item[EXTENSION_KEY] ?? {}).map(([m, op]): [string, Json, boolean] => [m, op, true]),
    ];
    for (const [method, operation, additional] of operations) {
      if (typeof operation.operationId !== 'string') throw new Error(`${method} ${path} has no operationId`);
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: Json) => resolveLocal(document, p));
      const query = [...new Set(parameters.filter((p) => p.in === 'query').map((p) => String(p.name)))];
      entries.push({ operationId: operation.operationId, method, path, query, additional });
    }
  }
  return entries;
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
