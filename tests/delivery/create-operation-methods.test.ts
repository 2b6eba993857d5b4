import { describe, expect, it } from 'vitest';
import type { HttpCaller } from '../../client/create-http-caller.js';
import { createOperationMethods } from '../../client/create-operation-methods.js';

const table = {
  listThings: { method: 'GET', path: '/things', query: ['since', 'flag'] },
  getThing: { method: 'GET', path: '/thing/{id}' },
  renameThing: { method: 'PUT', path: '/thing/{id}' },
  createThing: { method: 'PUT', path: '/thing/' },
  startThing: { method: 'ACTION', path: '/thing/{id}/start' },
};

/** The methods over a caller that records what it was asked to send. */
function recording() {
  const sent: unknown[][] = [];
  const call: HttpCaller = async (...args) => {
    sent.push(args);
    return { status: 200, headers: new Headers(), body: undefined };
  };
  const methods = createOperationMethods(table, call) as unknown as Methods;
  return { sent, methods };
}

type Methods = Record<'renameThing' | 'startThing' | 'createThing' | 'listThings' | 'getThing', (...args: unknown[]) => Promise<unknown>>;

describe('operation methods built from an operation table', () => {
  it('puts path parameters in the path, encoded, and the body after them', async () => {
    const { sent, methods } = recording();
    await methods.renameThing({ id: 'a/b c' }, { name: 'n' });
    await methods.startThing({ id: '1' });
    expect(sent).toEqual([
      ['PUT', '/thing/a%2Fb%20c', { name: 'n' }],
      ['ACTION', '/thing/1/start', undefined],
    ]);
  });

  it('takes the body first when the operation has no parameters', async () => {
    const { sent, methods } = recording();
    await methods.createThing({ name: 'n' });
    expect(sent).toEqual([['PUT', '/thing/', { name: 'n' }]]);
  });

  it('puts query parameters in the query string and leaves out the undefined ones', async () => {
    const { sent, methods } = recording();
    await methods.listThings({ since: 3, flag: true });
    await methods.listThings({ flag: undefined });
    await methods.listThings();
    expect(sent.map((s) => s[1])).toEqual(['/things?since=3&flag=true', '/things', '/things']);
  });

  it('refuses to send a request with a path parameter missing', () => {
    const { methods } = recording();
    expect(() => methods.getThing({})).toThrow(new TypeError('getThing needs the path parameter id'));
  });
});
