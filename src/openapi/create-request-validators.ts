import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { MediaType, Operation, Parameter, Schema } from './load-api-description.js';
import { type FieldError, toFieldErrors } from './to-field-errors.js';

/**
 * The parts of a request that the document describes. `body` is undefined when none was sent. `path`
 * and `query` arrive as strings and are coerced in place to the types their schemas name.
 */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** Checks a request against its operation; an empty list means it is valid. */
export type RequestValidator = (parts: RequestParts) => FieldError[];

/** `x-remotix-schema-by-parameter`: the body's schema depends on a path parameter (e.g. VNC vs RDP). */
export interface SchemaByParameter {
  parameter: string;
  match: string;
  schemas: Record<string, Schema>;
}

export const SCHEMA_BY_PARAMETER = 'x-remotix-schema-by-parameter';

/** The two ajv instances validators need: a strict one, and one that coerces query strings. */
export interface ValidatorAjvs {
  strict: Ajv2020;
  coercing: Ajv2020;
}

/** Compiles one validator per operation, once, at start-up. */
export function createRequestValidators(ajvs: ValidatorAjvs, operations: readonly Operation[]): Map<string, RequestValidator> {
  const validators = new Map<string, RequestValidator>();
  for (const operation of operations) validators.set(operation.operationId, compileOperation(ajvs, operation));
  return validators;
}

function compileOperation({ strict: ajv, coercing }: ValidatorAjvs, operation: Operation): RequestValidator {
  const validatePath = coercing.compile(parametersSchema(operation.parameters, 'path'));
  const validateQuery = coercing.compile(parametersSchema(operation.parameters, 'query'));
  const bodyRequired = operation.requestBody?.required === true;
  const media = operation.requestBody?.content['application/json'];
  const selectBodyValidator = media ? compileBody(ajv, media) : undefined;

  return (parts) => {
    const errors = [...check(validatePath, parts.path, '/path'), ...check(validateQuery, parts.query, '/query')];
    if (errors.length > 0) return errors;
    if (parts.body === undefined) return bodyRequired ? [{ path: '/body', message: 'is required' }] : [];
    if (!selectBodyValidator) return [{ path: '/body', message: `is not allowed: ${operation.method} ${operation.path} takes no body` }];
    return check(selectBodyValidator(parts.path), parts.body, '/body');
  };
}

function compileBody(ajv: Ajv2020, media: MediaType): (path: Record<string, unknown>) => ValidateFunction {
  const byParameter = media[SCHEMA_BY_PARAMETER] as SchemaByParameter | undefined;
  if (!byParameter) {
    const validate = ajv.compile(media.schema ?? {});
    return () => validate;
  }
  const match = new RegExp(byParameter.match);
  const compiled = new Map(Object.entries(byParameter.schemas).map(([key, schema]) => [key, ajv.compile(schema)]));
  return (path) => {
    const key = match.exec(String(path[byParameter.parameter] ?? ''))?.[1];
    const validate = key === undefined ? undefined : compiled.get(key);
    if (!validate) throw new Error(`${SCHEMA_BY_PARAMETER}: no schema for ${byParameter.parameter}=${path[byParameter.parameter]}`);
    return validate;
  };
}

/** The parameters of one location as an object schema; a name the document lacks is not allowed. */
function parametersSchema(parameters: readonly Parameter[], location: 'path' | 'query'): Schema {
  const own = parameters.filter((parameter) => parameter.in === location);
  const properties = Object.fromEntries(own.map((p) => [p.name, p.schema]));
  const required = own.filter((p) => p.required).map((p) => p.name);
  return { type: 'object', properties, required, additionalProperties: false };
}

function check(validate: ValidateFunction, data: unknown, root: string): FieldError[] {
  return validate(data) ? [] : toFieldErrors(validate.errors ?? [], root);
}
