import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from '../helpers/test-mock.js';
import { PLANTED, secretsIn } from './mock-state.js';

const SPELLINGS = [
  'rdp.passwd',
  'rdp.pwd',
  'rdp.pass',
  'rdp.password2',
  'apple.passw0rd',
  'RDP.PASSWORD',
  'rdp.Password',
  'rdp.password ',
  'rxp.passphrase',
  'rdp.pin',
  'password',
  'passwd',
  'secret',
  'token',
  'apiKey',
  'x',
];

describe('journals, state exports and logs mask every credential value', () => {
  let t: TestMock;
  const log: string[] = [];
  beforeAll(async () => {
    t = await startTestMock({ log: 'json', writeLog: (line) => log.push(line) });
  });
  afterAll(() => t.close());

  const everythingShown = async (session?: string) => {
    const headers: Record<string, string> = session ? { 'x-mock-session': session } : {};
    const parts = await Promise.all(
      ['/__admin/requests', '/__admin/actions', '/__admin/state', '/__admin/sessions', '/__admin/mock-sessions'].map(
        async (path) => (await t.call('GET', path, undefined, headers)).body,
      ),
    );
    return JSON.stringify([parts, t.mock.requests({ session }), t.mock.state({ session }), log]);
  };

  it.each(SPELLINGS)('masks %j in rejected requests of every kind, default and named sessions', async (key) => {
    for (const session of [undefined, 'masking']) {
      const headers: Record<string, string> = session ? { 'x-mock-session': session } : {};
      const sent = [
        await t.call('PUT', '/connection/1000-0001/credentials', { [key]: PLANTED }, headers),
        await t.call('PUT', '/connection/1000-0001/credentials', { 'rdp.username': 'ok', nested: { [key]: PLANTED } }, headers),
        await t.call('PUT', '/computer/123456/RDP_3390', { [key]: PLANTED }, headers),
        await t.call('PUT', '/group/', { name: 'x', [key]: [PLANTED] }, headers),
        await t.call('ACTION', '/connection/1000-0001/connect', { [key]: PLANTED }, headers),
      ];
      expect(sent[0]!.status).toBe(400);
      expect(secretsIn(await everythingShown(session))).toEqual([]);
    }
  });

  it('masks a body that is only the password, or a list of them', async () => {
    await t.call('PUT', '/connection/1000-0001/credentials', JSON.stringify(PLANTED));
    await t.call('PUT', '/connection/1000-0001/credentials', [PLANTED, { password: PLANTED }]);
    expect(secretsIn(await everythingShown())).toEqual([]);
  });

  it('masks the passwords of accepted requests, and keeps what is known to be harmless', async () => {
    const accepted = await t.call('PUT', '/connection/1000-0001/credentials', {
      'rdp.username': 'frontdesk',
      'rdp.password': PLANTED,
      'rdp.domain': 'OFFICE',
    });
    expect(accepted.status).toBe(200);
    expect((await t.call('PUT', '/computer/123456/VNC', { password: PLANTED, username: 'studio', quality: 'low' })).status).toBe(200);
    expect(secretsIn(await everythingShown())).toEqual([]);
    const bodies = t.mock.requests({ status: 200, method: 'PUT' }).map((record) => record.body);
    expect(bodies).toContainEqual({ 'rdp.username': 'frontdesk', 'rdp.password': '***', 'rdp.domain': 'OFFICE' });
    expect(bodies).toContainEqual({ password: '***', username: 'studio', quality: 'low' });
    // The only way out is the one the reference documents, and the export that asks for secrets.
    expect((await t.call('GET', '/computer/123456/VNC/credentials')).body.password).toBe(PLANTED);
    expect(JSON.stringify(t.mock.state({ includeSecrets: true }))).toContain(PLANTED);
  });
});
