import { describe, expect, it } from 'vitest';
import { defaultDialect } from '../../dialect/default-dialect.js';
import type { Dialect } from '../../dialect/dialect.js';
import { mergeDialect } from '../../dialect/merge-dialect.js';
import { createItemFacts } from '../../store/item-facts.js';
import { loadStoreData } from '../../store/store-data.js';
import { ApiProblem, type ProblemKind, problemResponse } from '../api-problem.js';
import { createPresentation } from './create-presentation.js';

const facts = createItemFacts(() => loadStoreData({ groups: [], connections: [], computers: [], nearby: [] }, {} as never));
const context = { facts, params: { computer_id: '123456', connection: 'RDP_3390', uid: '1000-0001' } };
const read = async (response: Response) => ({
  status: response.status,
  headers: Object.fromEntries(response.headers),
  body: await response.text(),
});
const dialect = (given: Record<string, unknown>): Dialect => mergeDialect(defaultDialect(), { version: 1, ...given });

describe('the presentation of the default dialect', () => {
  const presentation = createPresentation(defaultDialect());

  it('writes every kind of problem as the one problem shape always did', async () => {
    const kinds: ProblemKind[] = [
      'validation',
      'not-found',
      'unknown-path',
      'method-not-allowed',
      'conflict',
      'unknown-reference',
      'starting',
    ];
    for (const kind of kinds) {
      const problem = new ApiProblem(
        kind,
        `a ${kind}`,
        kind === 'validation' ? [{ path: '/body/name', message: 'is required' }] : undefined,
        {
          allow: 'GET, HEAD',
        },
      );
      expect(await read(presentation.problemResponse(problem)), kind).toEqual(await read(problemResponse(problem)));
    }
  });

  it('writes answers as the handlers used to return them', async () => {
    const groups = [{ group_uid: '0123-CDEF', name: 'Office' }];
    expect(await read(presentation.answers.listGroups!(groups, context))).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ groups }),
    });
    expect((await read(presentation.answers.createGroup!({ id: '0123-CDEF', item: groups[0] }, context))).body).toBe(
      '{"group_uid":"0123-CDEF"}',
    );
    expect((await read(presentation.answers.runComputerAction!({ seq: 1 }, context))).body).toBe('{}');
    expect(presentation.factsBefore.size).toBe(0);
  });
});

describe('createPresentation', () => {
  it('fills templates with the ids, the connection and the ACTION of the request', async () => {
    const presentation = createPresentation(
      dialect({
        answers: {
          runComputerAction: {
            body: { kind: 'json', value: { target: '/computer/{{id}}/{{connection}}', action: '{{action}}', session: '{{seq}}' } },
          },
          deleteConnection: { status: 200, body: { kind: 'text', value: 'deleted {{id}}' } },
        },
      }),
    );
    const params = { ...context.params, action: 'control' };
    expect((await read(presentation.answers.runComputerAction!({ seq: 7 }, { facts, params }))).body).toBe(
      '{"target":"/computer/123456/RDP_3390","action":"control","session":7}',
    );
    expect(await read(presentation.answers.deleteConnection!({}, context))).toMatchObject({
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'deleted 1000-0001',
    });
  });

  it('writes errors from a template, with their status, and Allow as the dialect lists it', async () => {
    const presentation = createPresentation(
      dialect({
        errors: {
          body: { kind: 'json', value: { error: '{{detail}}', status: '{{status}}' } },
          byKind: { 'method-not-allowed': { status: 404, allow: true, allowHead: false, allowOrder: 'sorted' } },
        },
      }),
    );
    const response = await read(
      presentation.problemResponse(new ApiProblem('method-not-allowed', 'no', undefined, { allow: 'PUT, GET, HEAD' })),
    );
    expect(response).toEqual({
      status: 404,
      headers: { 'content-type': 'application/json', allow: 'GET, PUT' },
      body: '{"error":"no","status":404}',
    });
  });

  it('refuses a placeholder a template cannot have, naming where it is', () => {
    expect(() => createPresentation(dialect({ answers: { renameGroup: { body: { kind: 'json', value: { x: '{{detail}}' } } } } }))).toThrow(
      expect.objectContaining({ pointer: '/answers/renameGroup/body/value/x' }),
    );
    expect(() => createPresentation(dialect({ answers: { chatWithComputer: { body: { kind: 'item' } } } }))).toThrow(
      /an ACTION has no item/,
    );
    expect(() => createPresentation(dialect({ items: { group: { fields: { colour: 'c' } } } }))).toThrow(/is not a field of this item/);
  });
});
