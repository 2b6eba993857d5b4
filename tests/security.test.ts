import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

const TOKEN = 'api-token-0123456789';
const ADMIN_TOKEN = 'admin-token-9876543210';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('--token and --admin-token', () => {
  let t: TestMock;
  beforeAll(async () => {
    t = await startTestMock({ token: TOKEN, adminToken: ADMIN_TOKEN });
  });
  afterAll(() => t.close());

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', bearer('api-token-0123456788')],
    ['a token of another length', bearer('short')],
    ['the admin token', bearer(ADMIN_TOKEN)],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('answers an API request with %s 401, naming the scheme, without echoing the token', async (_, headers) => {
    const response = await t.call('GET', '/groups', undefined, headers);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="Remotix API"');
    expect(response.body.type).toBe('urn:remotix-mock:problem:unauthorized');
    expect(JSON.stringify(response.body)).not.toContain('api-token');
  });

  it('serves API requests, ACTION included, with the right token', async () => {
    expect((await t.call('GET', '/groups', undefined, bearer(TOKEN))).status).toBe(200);
    expect((await t.call('ACTION', '/connection/1000-0001/connect', undefined, bearer(TOKEN))).status).toBe(200);
    expect((await t.call('ACTION', '/connection/1000-0001/connect')).status).toBe(401);
  });

  it('guards the admin API with its own token, and leaves health open', async () => {
    expect((await t.call('GET', '/__admin/actions', undefined, bearer(TOKEN))).status).toBe(401);
    expect((await t.call('GET', '/__admin/actions', undefined, bearer(ADMIN_TOKEN))).status).toBe(200);
    expect((await t.call('GET', '/__admin/health')).status).toBe(200);
  });

  it('keeps tokens and passwords out of the journals and the state export', async () => {
    await t.call('PUT', '/connection/1000-0001/credentials', { 'rdp.password': 'n3w-s3cret' }, bearer(TOKEN));
    const journal = await t.call('GET', '/__admin/requests', undefined, bearer(ADMIN_TOKEN));
    const state = await t.call('GET', '/__admin/state', undefined, bearer(ADMIN_TOKEN));
    for (const text of [JSON.stringify(journal.body), JSON.stringify(state.body)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('n3w-s3cret');
      expect(text).not.toContain('Reception-2026');
    }
  });
});

describe('--no-admin', () => {
  let t: TestMock;
  beforeAll(async () => {
    t = await startTestMock({ admin: false });
  });
  afterAll(() => t.close());

  it('answers every admin path 404 but health', async () => {
    for (const path of ['/__admin/actions', '/__admin/state', '/__admin/faults']) expect((await t.call('GET', path)).status).toBe(404);
    expect((await t.call('POST', '/__admin/reset')).status).toBe(404);
    expect((await t.call('GET', '/__admin/health')).status).toBe(200);
    expect((await t.call('GET', '/groups')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('sends no CORS header unless --cors is given', async () => {
    const t = await startTestMock();
    try {
      const response = await t.call('GET', '/groups', undefined, { origin: 'http://app.example' });
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(
        (await t.call('OPTIONS', '/groups', undefined, { origin: 'http://app.example', 'access-control-request-method': 'GET' })).status,
      ).toBe(405);
    } finally {
      await t.close();
    }
  });

  it('allows the origins given, ACTION included, and no others', async () => {
    const t = await startTestMock({ corsOrigins: ['http://app.example'] });
    try {
      const allowed = await t.call('GET', '/groups', undefined, { origin: 'http://app.example' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://app.example');
      const preflight = await t.call('OPTIONS', '/connection/1000-0001/connect', undefined, {
        origin: 'http://app.example',
        'access-control-request-method': 'ACTION',
        'access-control-request-headers': 'x-mock-session',
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('ACTION');
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Mock-Session/i);
      const other = await t.call('GET', '/groups', undefined, { origin: 'http://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await t.close();
    }
  });
});
