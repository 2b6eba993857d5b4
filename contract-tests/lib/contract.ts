/**
 * The Remotix contract as the OpenAPI document states it, read on its own: this folder imports nothing
 * from the mock's `src/`, so the same checks can judge the mock or a real Remotix.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import { listOperations } from '../../openapi-reader/list-operations.js';

const BY_PARAMETER = 'x-remotix-schema-by-parameter';

export type Source = 'documented' | 'assumed';
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as loose JSON
type Json = Record<string, any>;

export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
}

export interface ObservedResponse {
  status: number;
  contentType: string | null;
  body: unknown;
  /** The path parameters of the request, for bodies whose schema depends on one. */
  params?: Record<string, string>;
}

/** One way a response breaks the contract, and whether the broken part is documented or assumed. */
export interface Violation {
  check: 'server-error' | 'status' | 'content-type' | 'schema';
  source: Source;
  message: string;
}

export class Contract {
  readonly #operations = new Map<string, ContractOperation>();
  // Not strict: the kit may read a document written elsewhere, whose unknown keywords it ignores.
  readonly #ajv = createAjv({ strict: false });
  readonly #validators = new Map<object, ValidateFunction>();

  private constructor(readonly document: Json) {
    for (const operation of listOperations(document)) this.#operations.set(operation.operationId, operation);
  }

  /** Reads and dereferences the document (validation is the mock's start-up's and the spec lint's job). */
  static async load(file: string): Promise<Contract> {
    return new Contract((await SwaggerParser.dereference(file)) as Json);
  }

  get operations(): ContractOperation[] {
    return [...this.#operations.values()];
  }

  operation(operationId: string): ContractOperation {
    const operation = this.#operations.get(operationId);
    if (!operation) throw new Error(`the contract has no operation ${operationId}`);
    return operation;
  }

  /** The request path for an operation, parameters filled in and encoded. */
  pathFor(operationId: string, params: Record<string, string> = {}): string {
    return this.operation(operationId).path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (params[name] === undefined) throw new Error(`${operationId} needs the path parameter ${name}`);
      return encodeURIComponent(params[name]);
    });
  }

  /** The mark on the response the document declares for `status`, or undefined when it declares none. */
  responseSource(operationId: string, status: number): Source | undefined {
    const declared = this.operation(operationId).responses[String(status)];
    return declared ? sourceOf(declared, 'assumed') : undefined;
  }

  /** A schema of `components.schemas`, dereferenced (e.g. `VncSettings`). */
  schema(name: string): Json | undefined {
    return this.document.components?.schemas?.[name];
  }

  /**
   * Checks status, content type and body schema, like Schemathesis' response checks. What the reference
   * states binds (a 5xx, a success other than 200, a create answer without its id, an answer that is not
   * JSON); what it leaves open is assumed: which 4xx, error bodies, list shapes, id shapes, keys the document
   * does not name, the bodies of update, delete and ACTION answers, and which JSON media type.
   */
  checkResponse(operationId: string, response: ObservedResponse): Violation[] {
    const operation = this.operation(operationId);
    if (response.status >= 500) return [{ check: 'server-error', source: 'documented', message: `answered ${response.status}` }];
    const declared = operation.responses[String(response.status)];
    if (!declared) {
      const documented = Object.keys(operation.responses).join(', ');
      // The reference documents 200 for success and "a 4xx" for errors; which 4xx is assumed.
      const inDocumentedClass = response.status >= 400 && response.status < 500;
      return [
        {
          check: 'status',
          source: inDocumentedClass ? 'assumed' : 'documented',
          message: `answered ${response.status}, which is not one of ${documented}`,
        },
      ];
    }
    const type = (response.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    const declaredTypes = Object.keys(declared.content ?? {});
    const media = declared.content?.[type] ?? (isJsonType(type) ? declared.content?.[declaredTypes.find(isJsonType) ?? ''] : undefined);
    if (!media) return [this.#contentTypeViolation(operation, response, declared, declaredTypes)];
    const violations: Violation[] = [];
    if (!declared.content?.[type] && response.status >= 400) {
      violations.push({
        check: 'content-type',
        source: 'assumed',
        message: `Content-Type is ${response.contentType}, not ${declaredTypes.join(' or ')}`,
      });
    }
    const { schema, validate } = this.#validator(media, response.params ?? {});
    if (validate(response.body)) return violations;
    const bySource = { documented: [] as string[], assumed: [] as string[] };
    for (const error of validate.errors ?? []) bySource[errorSource(media, schema, error)].push(describeError(error));
    for (const source of ['documented', 'assumed'] as const) {
      if (bySource[source].length > 0) {
        violations.push({ check: 'schema', source, message: `the body does not match the schema: ${bySource[source].join('; ')}` });
      }
    }
    return violations;
  }

  /**
   * An answer that is not JSON. A success with a body that is not JSON breaks "JSON encoding in responses";
   * a success with no body breaks it only where the reference shows the body (reads, creates); error bodies
   * are assumed.
   */
  #contentTypeViolation(operation: ContractOperation, response: ObservedResponse, declared: Json, declaredTypes: string[]): Violation {
    const empty = response.body === '' || response.body === undefined || response.body === null;
    const bodyShown =
      operation.method === 'GET' || sourceOf(Object.values<Json>(declared.content ?? {})[0] ?? {}, 'assumed') === 'documented';
    const documented = response.status === 200 && (bodyShown || !empty);
    const what = empty ? 'no body' : `Content-Type ${response.contentType ?? '(none)'}`;
    return { check: 'content-type', source: documented ? 'documented' : 'assumed', message: `${what}, not ${declaredTypes.join(' or ')}` };
  }

  #validator(media: Json, params: Record<string, string>): { schema: Json; validate: ValidateFunction } {
    let schema: Json = media.schema ?? {};
    const byParameter = media[BY_PARAMETER];
    if (byParameter) {
      const key = new RegExp(byParameter.match).exec(params[byParameter.parameter] ?? '')?.[1];
      schema = (key && byParameter.schemas[key]) ?? schema;
    }
    let validate = this.#validators.get(schema);
    if (!validate) this.#validators.set(schema, (validate = this.#ajv.compile(schema)));
    return { schema, validate };
  }
}

/** `/connections/0 must NOT have additional properties (hasCredentials)`: ajv's message, with the key it is about. */
function describeError(error: ErrorObject): string {
  const key = error.params.additionalProperty ?? error.params.missingProperty;
  const about = error.keyword === 'additionalProperties' && key !== undefined ? ` (${key})` : '';
  return `${error.instancePath || '(body)'} ${error.message}${about}`;
}

/** `application/json`, with or without parameters, `text/json`, and any `+json` type. */
export function isJsonType(type: string): boolean {
  return /^(application|text)\/json$|^[a-z]+\/[^;\s]+\+json$/.test(type);
}

/**
 * Whether one schema error breaks the documented part: only in a body the reference shows, and only when
 * no schema on the way to the failing keyword is marked assumed (an id's shape) and the keyword is not
 * `additionalProperties` (the reference never rules out more keys).
 */
function errorSource(media: Json, root: Json, error: ErrorObject): Source {
  if (sourceOf(media, 'assumed') !== 'documented' || error.keyword === 'additionalProperties') return 'assumed';
  let node: unknown = root;
  for (const raw of error.schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (node && typeof node === 'object' && (node as Json)['x-remotix-source'] === 'assumed') return 'assumed';
    node = node && typeof node === 'object' ? (node as Json)[raw.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return node && typeof node === 'object' && (node as Json)['x-remotix-source'] === 'assumed' ? 'assumed' : 'documented';
}

function sourceOf(node: Json, fallback: Source): Source {
  return node['x-remotix-source'] === 'documented' ? 'documented' : fallback;
}
