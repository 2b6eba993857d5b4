import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { MediaType, Operation, Parameter, Schema } from '../../openapi-reader/list-operations.js';
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

/** The two ajv instances validators need: a strict one, and one that coerces path and query strings. */
export interface ValidatorAjvs {
  strict: Ajv2020;
  coercing: Ajv2020;
}

/** What an operation's validator is made of, once compiled: at start-up, or at build time (standalone). */
export interface OperationValidation {
  operationId: string;
  method: string;
  path: string;
  validatePath: ValidateFunction;
  validateQuery: ValidateFunction;
  bodyRequired: boolean;
  /** Absent when the operation takes no body. With `byParameter`, one validator per key of its `match`. */
  body?:
    | { validate: ValidateFunction }
    | { byParameter: { parameter: string; match: string }; validators: Record<string, ValidateFunction> };
}

/** The schemas an operation's validation is compiled from. */
export interface ValidationSchemas {
  path: Schema;
  query: Schema;
  bodyRequired: boolean;
  body?: { schema: Schema } | { byParameter: { parameter: string; match: string }; schemas: Record<string, Schema> };
}

export function validationSchemas(operation: Operation): ValidationSchemas {
  const media = operation.requestBody?.content['application/json'];
  return {
    path: parametersSchema(operation.parameters, 'path'),
    query: parametersSchema(operation.parameters, 'query'),
    bodyRequired: operation.requestBody?.required === true,
    body: media === undefined ? undefined : bodySchemas(media),
  };
}

/** Compiles one validator per operation, once, at start-up. */
export function createRequestValidators(ajvs: ValidatorAjvs, operations: readonly Operation[]): Map<string, RequestValidator> {
  const validators = new Map<string, RequestValidator>();
  for (const operation of operations) {
    const schemas = validationSchemas(operation);
    const { body } = schemas;
    const compiled: OperationValidation = {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      validatePath: ajvs.coercing.compile(schemas.path),
      validateQuery: ajvs.coercing.compile(schemas.query),
      bodyRequired: schemas.bodyRequired,
    };
    if (body && 'schema' in body) compiled.body = { validate: ajvs.strict.compile(body.schema) };
    if (body && 'schemas' in body) {
      const entries = Object.entries(body.schemas).map(([key, schema]) => [key, ajvs.strict.compile(schema)] as const);
      compiled.body = { byParameter: body.byParameter, validators: Object.fromEntries(entries) };
    }
    validators.set(operation.operationId, assembleValidator(compiled));
  }
  return validators;
}

/** Path and query first (coerced in place), then the body against the schema the path selects. */
export function assembleValidator(validation: OperationValidation): RequestValidator {
  const { validatePath, validateQuery, bodyRequired, body, method, path } = validation;
  const selectBody = body === undefined ? undefined : 'validate' in body ? () => body.validate : bodySelector(body);
  return (parts) => {
    const pathErrors = check(validatePath, parts.path, '/path');
    const queryErrors = check(validateQuery, parts.query, '/query');
    if (pathErrors.length > 0 || queryErrors.length > 0) return [...pathErrors, ...queryErrors];
    if (parts.body === undefined) return bodyRequired ? [{ path: '/body', message: 'is required' }] : [];
    if (!selectBody) return [{ path: '/body', message: `is not allowed: ${method} ${path} takes no body` }];
    return check(selectBody(parts.path), parts.body, '/body');
  };
}

function bodySelector(body: { byParameter: { parameter: string; match: string }; validators: Record<string, ValidateFunction> }) {
  const match = new RegExp(body.byParameter.match);
  return (path: Record<string, unknown>): ValidateFunction => {
    const value = String(path[body.byParameter.parameter] ?? '');
    const validate = body.validators[match.exec(value)?.[1] ?? ''];
    if (!validate) throw new Error(`${SCHEMA_BY_PARAMETER}: no schema for ${body.byParameter.parameter}=${value}`);
    return validate;
  };
}

function bodySchemas(media: MediaType): NonNullable<ValidationSchemas['body']> {
  const byParameter = media[SCHEMA_BY_PARAMETER] as SchemaByParameter | undefined;
  if (!byParameter) return { schema: media.schema ?? {} };
  return { byParameter: { parameter: byParameter.parameter, match: byParameter.match }, schemas: byParameter.schemas };
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
