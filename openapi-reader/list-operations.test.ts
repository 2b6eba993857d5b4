import { describe, expect, it } from 'vitest';
import { listOperations } from './list-operations.js';

const document = {
  paths: {
    '/thing/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { $ref: '#/components/parameters/Verbose' }],
      put: { operationId: 'putThing', parameters: [{ name: 'verbose', in: 'query', schema: { type: 'integer' } }], responses: {} },
      get: { operationId: 'getThing', responses: { '200': { description: 'ok' } } },
      'x-oai-additionalOperations': { ACTION: { operationId: 'startThing' } },
    },
  },
  components: { parameters: { Verbose: { name: 'verbose', in: 'query', schema: { type: 'boolean' } } } },
};

describe('listOperations', () => {
  it('lists the fixed methods in OpenAPI order, then the additional ones, marked', () => {
    expect(listOperations(document).map(({ method, operationId, additional }) => [method, operationId, additional])).toEqual([
      ['GET', 'getThing', false],
      ['PUT', 'putThing', false],
      ['ACTION', 'startThing', true],
    ]);
  });

  it('merges the path item parameters in, references followed, an operation’s own winning', () => {
    const [get, put, action] = listOperations(document);
    expect(get!.parameters.map((p) => [p.name, p.schema.type])).toEqual([
      ['id', 'string'],
      ['verbose', 'boolean'],
    ]);
    expect(put!.parameters.map((p) => [p.name, p.schema.type])).toEqual([
      ['id', 'string'],
      ['verbose', 'integer'],
    ]);
    expect(action!.parameters).toEqual(get!.parameters);
    expect(action!.responses).toEqual({});
  });

  it('refuses an operation without an operationId', () => {
    expect(() => listOperations({ paths: { '/x': { get: { responses: {} } } } })).toThrow('GET /x has no operationId');
  });
});
