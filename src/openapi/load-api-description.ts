import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3_1 } from 'openapi-types';
import { EXTENSION_KEY, exposeAdditionalOperations, FIXED_METHODS } from '../../openapi-reader/additional-operations.js';
import { listOperations, type Operation } from '../../openapi-reader/list-operations.js';

/**
 * swagger-parser does not look inside extensions, so each additional operation is also copied, as a
 * `post`, to a path of its own (under this prefix): the validator then checks it like any other operation.
 */
const EXPOSED_PREFIX = `/${EXTENSION_KEY}`;

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
  const exposed = exposeAdditionalOperations(raw, (path, method) => `${EXPOSED_PREFIX}/${method}${path}`);
  const checked = (await SwaggerParser.validate(file, exposed as OpenAPIV3_1.Document, {})) as OpenAPIV3_1.Document;
  const document = stripExposed(checked);
  const operations = listOperations(document);
  assertUniqueOperationIds(file, operations);
  const standard = new Set(FIXED_METHODS.map((method) => method.toUpperCase()));
  const extensionMethods = [...new Set(operations.map((op) => op.method).filter((method) => !standard.has(method)))];
  return { document, operations, extensionMethods };
}

function stripExposed(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  for (const path of Object.keys(document.paths ?? {})) {
    if (path.startsWith(`${EXPOSED_PREFIX}/`)) delete document.paths![path];
  }
  return document;
}

function assertUniqueOperationIds(file: string, operations: Operation[]): void {
  const seen = new Map<string, string>();
  for (const { operationId, method, path } of operations) {
    const where = `${method} ${path}`;
    if (seen.has(operationId)) throw new Error(`${file}: operationId ${operationId} is used by ${seen.get(operationId)} and ${where}`);
    seen.set(operationId, where);
  }
}
