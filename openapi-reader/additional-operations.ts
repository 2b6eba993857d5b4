/**
 * Operations whose method OpenAPI 3.1 has no field for (`ACTION`): our documents keep them under this
 * path-item extension, which OpenAPI 3.2 names `additionalOperations`.
 */
export const EXTENSION_KEY = 'x-oai-additionalOperations';
export const OPENAPI_32_KEY = 'additionalOperations';

/** The path-item fields that hold an operation, in the order OpenAPI lists them. */
export const FIXED_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as loose JSON
type Json = Record<string, any>;

/** A copy of a parsed 3.1 document in the 3.2 spelling: `openapi: 3.2.0`, each extension renamed. */
export function toOpenApi32Document(source: Json): Json {
  const document = structuredClone(source);
  document.openapi = '3.2.0';
  for (const item of Object.values<Json>(document.paths ?? {})) {
    if (!item || !(EXTENSION_KEY in item)) continue;
    item[OPENAPI_32_KEY] = item[EXTENSION_KEY];
    delete item[EXTENSION_KEY];
  }
  return document;
}

/**
 * A shallow copy of the document where each additional operation is also a `post` on a path of its own
 * (`pathOf(path, method)`), for tools that do not read the extension (swagger-parser, openapi-typescript):
 * they then treat it like any other operation. The real path items are left as they are.
 */
export function exposeAdditionalOperations(document: Json, pathOf: (path: string, method: string) => string): Json {
  const paths: Json = { ...document.paths };
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    for (const [method, operation] of Object.entries<Json>(item?.[EXTENSION_KEY] ?? {})) {
      paths[pathOf(path, method)] = { parameters: item.parameters, post: operation };
    }
  }
  return { ...document, paths };
}
