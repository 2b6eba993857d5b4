import fc from 'fast-check';
import { ApiCommand, pathOf } from './api-command.js';
import { type ApiModel, rememberCredentials } from './api-model.js';
import type { ApiSchemas, OperationInfo } from './openapi-schemas.js';
import { invalidValue, type Tweaks, validValue } from './schema-arbitraries.js';

/**
 * Path values left out of the invalid ones: `.` and `..` change the path itself (see the hostile corpus), and
 * `actions` and `connections` are the literal paths `/computer/{id}/actions` and `/computer/{id}/connections`.
 */
const NOT_A_VALUE = new Set(['.', '..', 'actions', 'connections']);

/** Requests that break the document: an invalid body, or an invalid path value. Each must be a 400 and change nothing. */
export function invalidCommands(schemas: ApiSchemas, tweaks: Tweaks, mark: string): Array<fc.Arbitrary<ApiCommand>> {
  const withBody = schemas.operations.filter((op) => op.takesBody);
  const withParameters = schemas.operations.filter((op) => op.parameters.length > 0);
  const invalidBody = fc.constantFrom(...withBody).chain((op) =>
    validParameters(schemas, op, tweaks).chain((values) => {
      const schema =
        op.operationId === 'updateComputerConnection' ? schemas.bodyFor(op.operationId, values.connection!) : schemas.body(op.operationId);
      return invalidValue(schema, schemas.isValid, tweaks).map((body) => ({ op, values, body }));
    }),
  );
  const invalidParameter = fc.constantFrom(...withParameters).chain((op) =>
    fc
      .record({
        values: validParameters(schemas, op, tweaks),
        name: fc.constantFrom(...op.parameters),
        bad: invalidPathValue(),
        body: op.takesBody ? validBodyFor(schemas, op, tweaks) : fc.constant(undefined),
      })
      .filter(({ name, bad }) => !schemas.isValid(schemas.parameter(op.operationId, name), bad))
      .map(({ values, name, bad, body }) => ({ op, values: { ...values, [name]: bad }, body })),
  );
  return [invalidBody, invalidParameter].map((requests) =>
    requests.map(({ op, values, body }) => {
      const path = pathOf(op.path, values);
      return new ApiCommand(`invalid ${op.operationId}: ${op.method} ${path} ${JSON.stringify(body) ?? ''}`, (model) => {
        if (body !== null && typeof body === 'object') rememberCredentials(model, body as Record<string, unknown>, mark);
        return { method: op.method, path, body, expected: 400 };
      });
    }),
  );
}

/** Reads of items that may or may not exist: 200 or 404, never anything else. */
export function readCommands(schemas: ApiSchemas, tweaks: Tweaks): Array<fc.Arbitrary<ApiCommand>> {
  const reads = schemas.operations.filter((op) => op.method === 'GET' && op.parameters.length > 0);
  return [
    fc
      .constantFrom(...reads)
      .chain((op) => validParameters(schemas, op, tweaks).map((values) => ({ op, values })))
      .map(({ op, values }) => {
        const path = pathOf(op.path, values);
        return new ApiCommand(`read ${op.operationId}: GET ${path}`, (model) => ({
          method: 'GET',
          path,
          expected: existsFor(model, values) ? 200 : 404,
        }));
      }),
  ];
}

function existsFor(model: ApiModel, values: Record<string, string>): boolean {
  if (values.group_uid !== undefined) return model.groups.has(values.group_uid);
  const computer = model.computers.get(values.computer_id!);
  return computer !== undefined && (values.connection === undefined || computer.connections.has(values.connection));
}

function validParameters(schemas: ApiSchemas, op: OperationInfo, tweaks: Tweaks): fc.Arbitrary<Record<string, string>> {
  const known: Record<string, string[]> = {
    group_uid: ['0123-CDEF'],
    uid: ['1000-0001'],
    computer_id: ['123456'],
    connection: ['VNC', 'RDP_3390', 'NEAR'],
  };
  const entries = op.parameters.map((name) => {
    const random = validValue(schemas.parameter(op.operationId, name), tweaks) as fc.Arbitrary<string>;
    return [name, known[name] ? fc.oneof(fc.constantFrom(...known[name]!), random) : random] as const;
  });
  return fc.record(Object.fromEntries(entries));
}

function validBodyFor(schemas: ApiSchemas, op: OperationInfo, tweaks: Tweaks): fc.Arbitrary<unknown> {
  return validValue(
    op.operationId === 'updateComputerConnection' ? schemas.bodyFor(op.operationId, 'VNC') : schemas.body(op.operationId),
    tweaks,
  );
}

function invalidPathValue(): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
      fc.stringMatching(/^[0-9a-f]{4}-[0-9a-f]{4}$/),
      fc.constantFrom('VNC_0', 'RDP_65536', 'SSH', 'vnc', '1234567890123', 'x'.repeat(300), '0123-CDEF/..', '%2e%2e', 'VNC/control'),
    )
    .filter((value) => encodable(value) && !NOT_A_VALUE.has(value));
}

/** Whether the value can go in a URL (a lone surrogate cannot). */
function encodable(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}
