import { describe, expect, it } from 'vitest';
import { toOpenApi32Document } from './additional-operations.js';

describe('toOpenApi32Document', () => {
  it('sets openapi 3.2.0 and renames the extension, leaving the source untouched', () => {
    const source = { openapi: '3.1.0', paths: { '/a': { get: {}, 'x-oai-additionalOperations': { ACTION: { operationId: 'act' } } } } };
    expect(toOpenApi32Document(source)).toEqual({
      openapi: '3.2.0',
      paths: { '/a': { get: {}, additionalOperations: { ACTION: { operationId: 'act' } } } },
    });
    expect(source.paths['/a']).toHaveProperty('x-oai-additionalOperations');
  });
});
