import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readEverything } from './helpers/read-everything.js';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock({ bodyLimit: 4096 });
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const problem = expect.objectContaining({
  type: expect.stringMatching(/^urn:remotix-mock:problem:/),
  title: expect.any(String),
  detail: expect.any(String),
});

describe('bad requests get one problem shape and change nothing', () => {
  it.each([
    ['GET', '/unknown', undefined, {}, 404],
    ['GET', '/groups/', undefined, {}, 404],
    ['GET', '/group', undefined, {}, 404],
    ['POST', '/groups', undefined, {}, 405],
    ['DELETE', '/nearby', undefined, {}, 405],
    ['GET', '/group/', undefined, {}, 405],
    ['PUT', '/group/', '{"name": ', {}, 400],
    ['PUT', '/group/', '[1,2]', {}, 400],
    ['PUT', '/group/', '"text"', {}, 400],
    ['PUT', '/group/', '{"name":"x"}', { 'content-type': 'text/plain' }, 415],
    ['PUT', '/group/', JSON.stringify({ name: 'x'.repeat(5000) }), {}, 413],
    ['PUT', '/group/', { name: 'a\u0000b' }, {}, 400],
    ['PUT', '/group/', '{"name":"x","__proto__":{"polluted":true}}', {}, 400],
    ['GET', '/group/0123-CDEF%2F..', undefined, {}, 400],
    ['GET', '/groups?page=2', undefined, {}, 400],
    ['DELETE', '/group/0123-CDEF', '{}', {}, 400],
  ])('%s %s with %j answers %i', async (method, path, body, headers, status) => {
    const before = await readEverything(t);
    const response = await t.call(method, path, body, headers as Record<string, string>);
    expect(response.status).toBe(status);
    expect(response.contentType).toBe('application/problem+json');
    expect(response.body).toEqual(problem);
    expect(response.body.status).toBe(status);
    expect(await readEverything(t)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every offending field at once', async () => {
    const response = await t.call('PUT', '/computer/123456/RDP_3390', { color_depth: 12, sound: 'loud', view_only: true });
    expect(response.body.errors).toEqual([
      { path: '/body/view_only', message: 'is not allowed' },
      { path: '/body/color_depth', message: 'must be one of [15,16,24,32,null]' },
      { path: '/body/sound', message: 'must be one of ["local","remote","off",null]' },
    ]);
  });

  it('applies nothing of an update that is partly invalid', async () => {
    const before = await readEverything(t);
    const response = await t.call('PUT', '/computer/123456/VNC', { quality: 'low', scaling: 'stretch' });
    expect(response.status).toBe(400);
    expect(await readEverything(t)).toEqual(before);
  });

  it('answers a mutation with a bad reference 422 and moves nothing', async () => {
    const before = await readEverything(t);
    const response = await t.call('PUT', '/connection/1000-0001', { name: 'Renamed', category_uid: 'FFFF-0000' });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ path: '/body/category_uid', message: 'no group has the uid FFFF-0000' }]);
    expect(await readEverything(t)).toEqual(before);
  });
});
