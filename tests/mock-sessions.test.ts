import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock({ maxSessions: 3, sessionIdleMs: 60 * 60_000 });
});
afterAll(() => t.close());
afterEach(async () => {
  const { sessions } = (await t.call('GET', '/__admin/mock-sessions')).body;
  for (const { name } of sessions) if (name !== null) await t.call('DELETE', `/__admin/mock-sessions/${name}`);
});

const as = (session: string) => ({ 'x-mock-session': session });
const groupNames = async (session?: string) =>
  (await t.call('GET', '/groups', undefined, session ? as(session) : {})).body.groups.map((g: { name: string }) => g.name);

describe('X-Mock-Session', () => {
  it('gives each session its own state, forked from the fixtures on first use', async () => {
    await t.call('PUT', '/group/', { name: 'Only in A' }, as('iso-a'));
    await t.call('DELETE', '/connection/1000-0004', undefined, as('iso-b'));
    expect(await groupNames('iso-a')).toEqual(['Office', 'Home', 'Servers', 'Only in A']);
    expect(await groupNames('iso-b')).toEqual(['Office', 'Home', 'Servers']);
    expect(await groupNames()).toEqual(['Office', 'Home', 'Servers']);
    expect((await t.call('GET', '/group/4567-89AB', undefined, as('iso-b'))).body.connections).toEqual([]);
    expect((await t.call('GET', '/group/4567-89AB', undefined, as('iso-a'))).body.connections).toHaveLength(1);
  });

  it('gives each session its own journals, and admin calls take the same header', async () => {
    await t.call('ACTION', '/connection/1000-0001/connect', undefined, as('jour-a'));
    const ownActions = (await t.call('GET', '/__admin/actions', undefined, as('jour-a'))).body.actions;
    expect(ownActions.map((a: { seq: number }) => a.seq)).toEqual([1]);
    expect((await t.call('GET', '/__admin/actions', undefined, as('jour-b'))).body.actions).toEqual([]);
    expect((await t.call('GET', '/__admin/requests', undefined, as('jour-a'))).body.requests).toHaveLength(1);
    await t.call('POST', '/__admin/reset', undefined, as('jour-a'));
    expect((await t.call('GET', '/__admin/actions', undefined, as('jour-a'))).body.actions).toEqual([]);
  });

  it('refuses a malformed session name with 400', async () => {
    const response = await t.call('GET', '/groups', undefined, as('no spaces please'));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('/header/x-mock-session');
  });

  it('caps the number of sessions with 429, and a dropped session frees a place', async () => {
    for (const name of ['cap-a', 'cap-b', 'cap-c']) expect((await t.call('GET', '/groups', undefined, as(name))).status).toBe(200);
    const refused = await t.call('GET', '/groups', undefined, as('cap-d'));
    expect(refused.status).toBe(429);
    expect(refused.body.type).toBe('urn:remotix-mock:problem:too-many-sessions');
    const listed = (await t.call('GET', '/__admin/mock-sessions')).body.sessions.map((s: { name: string | null }) => s.name);
    expect(listed).toEqual([null, 'cap-a', 'cap-b', 'cap-c']);
    expect((await t.call('DELETE', '/__admin/mock-sessions/cap-c')).status).toBe(200);
    expect((await t.call('DELETE', '/__admin/mock-sessions/cap-c')).status).toBe(404);
    expect((await t.call('GET', '/groups', undefined, as('cap-d'))).status).toBe(200);
  });
});

describe('session expiry', () => {
  it('drops a session idle for longer than the limit, which then starts again from the fixtures', async () => {
    const short = await startTestMock({ sessionIdleMs: 150 });
    try {
      await short.call('PUT', '/group/', { name: 'Short-lived' }, as('idle'));
      expect((await short.call('GET', '/groups', undefined, as('idle'))).body.groups).toHaveLength(4);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await short.call('GET', '/__admin/mock-sessions')).body.sessions.map((s: { name: string | null }) => s.name)).toEqual([null]);
      expect((await short.call('GET', '/groups', undefined, as('idle'))).body.groups).toHaveLength(3);
    } finally {
      await short.close();
    }
  });
});
