import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import type { Operation, Schema } from '../../openapi-reader/list-operations.js';
import { SCHEMA_BY_PARAMETER, type SchemaByParameter } from '../openapi/create-request-validators.js';
import type { Deviation } from './deviation.js';

export interface ObservedExchange {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  body: Buffer;
}

export type ExchangeChecker = (exchange: ObservedExchange) => Deviation[];

interface MediaCheck {
  source: Deviation['source'];
  validate: (params: Record<string, string>) => ValidateFunction | undefined;
}

interface ResponseCheck {
  source: Deviation['source'];
  media: Map<string, MediaCheck>;
}

interface OperationCheck {
  operationId: string;
  method: string;
  pattern: RegExp;
  names: string[];
  responses: Map<number, ResponseCheck>;
}

/**
 * Judges exchanges against a document's (dereferenced) operations, every response validator compiled once,
 * here. `unrouted` are the statuses the dialect gives an unknown path and a method the path lacks.
 */
export function createExchangeChecker(
  operations: readonly Operation[],
  unrouted: readonly number[],
  /** Paths as the router sees them (a dialect's tolerant trailing slashes). */
  normalize: (path: string) => string = (path) => path,
): ExchangeChecker {
  const ajv = createAjv();
  const checks = [...operations]
    .sort((a, b) => (a.path.match(/\{/g) ?? []).length - (b.path.match(/\{/g) ?? []).length)
    .map((operation) => operationCheck(operation, (schema) => ajv.compile(schema)));
  return (exchange) => {
    if (exchange.status >= 500) return [{ check: 'server-error', source: 'documented', message: `answered ${exchange.status}` }];
    const found = match(checks, exchange.method, normalize(exchange.path));
    if (!found) {
      if (unrouted.includes(exchange.status)) return [];
      return [
        {
          check: 'operation',
          source: 'assumed',
          message: `no operation has ${exchange.method} ${exchange.path}, yet it answered ${exchange.status}`,
        },
      ];
    }
    return checkAnswer(found.check, found.params, exchange);
  };
}

function operationCheck(operation: Operation, compile: (schema: Schema) => ValidateFunction): OperationCheck {
  const names: string[] = [];
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (!part.startsWith('{')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1, -1));
      return '([^/]+)';
    })
    .join('');
  const responses = new Map<number, ResponseCheck>();
  for (const [status, response] of Object.entries(operation.responses)) {
    const media = new Map<string, MediaCheck>();
    for (const [type, content] of Object.entries(response.content ?? {})) media.set(type, mediaCheck(content as Json, compile));
    responses.set(Number(status), { source: sourceOf(response as unknown as Json, 'assumed'), media });
  }
  return { operationId: operation.operationId, method: operation.method, pattern: new RegExp(`^${source}$`), names, responses };
}

type Json = { [key: string]: unknown };

function mediaCheck(content: Json & { schema?: Schema }, compile: (schema: Schema) => ValidateFunction): MediaCheck {
  const source = sourceOf(content, 'assumed');
  const byParameter = content[SCHEMA_BY_PARAMETER] as SchemaByParameter | undefined;
  if (byParameter) {
    const match = new RegExp(byParameter.match);
    const validators = Object.fromEntries(Object.entries(byParameter.schemas).map(([key, schema]) => [key, compile(schema)]));
    return { source, validate: (params) => validators[match.exec(params[byParameter.parameter] ?? '')?.[1] ?? ''] };
  }
  const validate = compile(content.schema ?? {});
  return { source, validate: () => validate };
}

function match(checks: readonly OperationCheck[], method: string, path: string) {
  for (const check of checks) {
    if (check.method !== method) continue;
    const found = check.pattern.exec(path);
    if (!found) continue;
    const params = Object.fromEntries(check.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
    return { check, params };
  }
  return undefined;
}

function checkAnswer(check: OperationCheck, params: Record<string, string>, exchange: ObservedExchange): Deviation[] {
  const declared = check.responses.get(exchange.status);
  if (!declared) {
    const documented = exchange.status !== 200 && exchange.status < 400;
    const listed = [...check.responses.keys()].join(', ');
    return [
      {
        check: 'status',
        source: documented ? 'documented' : 'assumed',
        message: `${check.operationId} answered ${exchange.status}, not one of ${listed}`,
      },
    ];
  }
  const type = (exchange.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (declared.media.size === 0) {
    if (exchange.body.length === 0) return [];
    return [
      {
        check: 'body',
        source: declared.source,
        message: `${check.operationId} ${exchange.status} has a body, where the document has none`,
      },
    ];
  }
  const media = declared.media.get(type);
  if (!media) {
    const expected = [...declared.media.keys()].join(' or ');
    return [
      { check: 'content-type', source: declared.source, message: `Content-Type is ${exchange.contentType ?? 'missing'}, not ${expected}` },
    ];
  }
  const validate = media.validate(params);
  if (!validate) return [];
  let body: unknown = exchange.body.toString('utf8');
  if (/json/.test(type)) {
    try {
      body = JSON.parse(body as string);
    } catch {
      return [{ check: 'body', source: media.source, message: `the body is not JSON` }];
    }
  }
  if (validate(body)) return [];
  const errors = (validate.errors ?? []).slice(0, 5).map(describe).join('; ');
  return [{ check: 'body', source: media.source, message: `the body does not match the document: ${errors}` }];
}

function describe(error: ErrorObject): string {
  const key = error.params.additionalProperty ?? error.params.missingProperty;
  return `${error.instancePath || '(body)'} ${error.message}${key === undefined ? '' : ` (${key})`}`;
}

function sourceOf(node: { [key: string]: unknown }, fallback: Deviation['source']): Deviation['source'] {
  return node['x-remotix-source'] === 'documented' ? 'documented' : fallback;
}
