import { describe, expect, it } from 'vitest';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import { toFieldErrors } from './to-field-errors.js';

const ajv = createAjv();
const validate = ajv.compile({
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: '^[a-z]+$', description: 'lower-case letters' },
    'a/b': { type: 'integer' },
    host: { oneOf: [{ type: 'string', maxLength: 3 }, { type: 'null' }] },
  },
});
const errorsFor = (data: unknown) => (validate(data) ? [] : toFieldErrors(validate.errors!, '/body'));

describe('toFieldErrors', () => {
  it('names a missing and an unexpected property by their own paths', () => {
    expect(errorsFor({ extra: 1 })).toEqual([
      { path: '/body/name', message: 'is required' },
      { path: '/body/extra', message: 'is not allowed' },
    ]);
  });

  it('escapes property names as JSON Pointer segments', () => {
    expect(errorsFor({ name: 'ok', 'a/b': 'x' })).toEqual([{ path: '/body/a~1b', message: 'must be integer' }]);
  });

  it('explains a pattern with the schema description', () => {
    expect(errorsFor({ name: 'ABC' })).toEqual([{ path: '/body/name', message: 'must match pattern "^[a-z]+$" (lower-case letters)' }]);
  });

  it('drops the null-branch noise of a nullable value', () => {
    expect(errorsFor({ name: 'ok', host: 'toolong' })).toEqual([{ path: '/body/host', message: 'must NOT have more than 3 characters' }]);
    expect(errorsFor({ name: 'ok', host: null })).toEqual([]);
  });
});
