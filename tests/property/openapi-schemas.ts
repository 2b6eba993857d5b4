import SwaggerParser from '@apidevtools/swagger-parser';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import { listOperations } from '../../openapi-reader/list-operations.js';

/** A JSON Schema object of the OpenAPI document, dereferenced. */
export type Schema = Record<string, any>;

export interface OperationInfo {
  operationId: string;
  /** Upper case: `GET`, `ACTION`. */
  method: string;
  /** The path template: `/group/{group_uid}`. */
  path: string;
  /** The names of its path parameters. */
  parameters: string[];
  /** Whether it takes a JSON body (required or not). */
  takesBody: boolean;
}

export interface ApiSchemas {
  operations: OperationInfo[];
  /** The default of every setting, by connection type, from `VncSettings`, `RdpSettings` and `NearSettings`. */
  settingsDefaults: Record<string, Record<string, unknown>>;
  /** The request body schema of an operation, by operationId. */
  body(operationId: string): Schema;
  /** The body schema an operation takes for a path parameter's value (`x-remotix-schema-by-parameter`). */
  bodyFor(operationId: string, parameterValue: string): Schema;
  /** The schema of a path parameter of an operation. */
  parameter(operationId: string, name: string): Schema;
  /** A named schema under `components.schemas`. */
  component(name: string): Schema;
  /** Whether `value` is valid against `schema` (ajv, JSON Schema 2020-12, compiled once per schema). */
  isValid(schema: Schema, value: unknown): boolean;
}

const DOCUMENT = new URL('../../openapi/remotix.yaml', import.meta.url).pathname;

let loaded: Promise<ApiSchemas> | undefined;

/** The request schemas of `openapi/remotix.yaml`, read straight from the document (not through `src/`). */
export function loadApiSchemas(): Promise<ApiSchemas> {
  loaded ??= SwaggerParser.dereference(DOCUMENT).then((document) => createApiSchemas(document as Schema));
  return loaded;
}

function createApiSchemas(document: Schema): ApiSchemas {
  const operations = new Map<string, Schema>();
  const infos: OperationInfo[] = [];
  for (const operation of listOperations(document)) {
    const { operationId, method, path, parameters, requestBody } = operation;
    operations.set(operationId, { ...operation.definition, parameters });
    infos.push({
      operationId,
      method,
      path,
      parameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
      takesBody: Boolean(requestBody),
    });
  }
  const defaultsOf = (name: string) =>
    Object.fromEntries(
      Object.entries<Schema>(document.components.schemas[name].properties).map(([key, property]) => [key, property.default]),
    );
  const operation = (id: string) => operations.get(id) ?? fail(`no operation ${id}`);
  const media = (id: string) => operation(id).requestBody?.content?.['application/json'] ?? fail(`${id} takes no JSON body`);
  const ajv = createAjv({ strict: false });
  const compiled = new Map<Schema, (value: unknown) => boolean>();
  return {
    operations: infos,
    settingsDefaults: { VNC: defaultsOf('VncSettings'), RDP: defaultsOf('RdpSettings'), NEAR: defaultsOf('NearSettings') },
    body: (id) => media(id).schema,
    bodyFor(id, value) {
      const byParameter = media(id)['x-remotix-schema-by-parameter'] ?? fail(`${id} has one body schema`);
      const key = new RegExp(byParameter.match).exec(value)?.[0] ?? fail(`${value} selects no schema of ${id}`);
      return byParameter.schemas[key];
    },
    parameter: (id, name) =>
      operation(id).parameters.find((p: Schema) => p.name === name)?.schema ?? fail(`${id} has no parameter ${name}`),
    component: (name) => document.components.schemas[name] ?? fail(`no schema ${name}`),
    isValid(schema, value) {
      let validate = compiled.get(schema);
      if (!validate) compiled.set(schema, (validate = ajv.compile(schema) as (value: unknown) => boolean));
      return validate(value);
    },
  };
}

function fail(message: string): never {
  throw new Error(message);
}
