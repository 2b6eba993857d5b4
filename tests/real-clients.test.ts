import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from './helpers/run.js';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const script = fileURLToPath(new URL('./clients/keepalive_session.py', import.meta.url));

describe('real clients', () => {
  it('Python http.client sends GET, ACTION, PUT, ACTION, DELETE on one keep-alive connection', async () => {
    const { code, stdout, stderr } = await run('python3', [script, t.url]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Array<{ method: string; status: number; body: any; local_port: number }>;
    expect(results.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'ACTION 200', 'PUT 200', 'ACTION 200', 'DELETE 200']);
    expect(new Set(results.map((r) => r.local_port)).size).toBe(1);
    expect(results[0]!.body.groups).toHaveLength(3);
    expect(results[2]!.body.group_uid).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    const journal = (await t.call('GET', '/__admin/actions')).body.actions;
    expect(journal.map((e: { path: string }) => e.path)).toEqual(['/connection/1000-0001/connect', '/computer/123456/NEAR/observe']);
    expect((await t.call('GET', `/group/${results[2]!.body.group_uid}`)).status).toBe(404);
  });

  it('curl walks through group, connection, credentials, ACTION, move, delete and 404', async () => {
    const curl = async (method: string, path: string, body?: unknown) => {
      const args = ['-s', '-X', method, '-w', '\n%{http_code}', `${t.url}${path}`];
      if (body !== undefined) args.push('-H', 'Content-Type: application/json', '-d', JSON.stringify(body));
      const { stdout, code } = await run('curl', args);
      expect(code).toBe(0);
      const [text, status] = [stdout.slice(0, stdout.lastIndexOf('\n')), stdout.slice(stdout.lastIndexOf('\n') + 1)];
      return { status: Number(status), body: text ? JSON.parse(text) : undefined };
    };
    const group = await curl('PUT', '/group/', { name: 'Curl group' });
    expect(group.status).toBe(200);
    const connection = await curl('PUT', '/connection/', { name: 'Curl box', category_uid: group.body.group_uid });
    expect(connection.status).toBe(200);
    const uid = connection.body.uid as string;
    expect((await curl('PUT', `/connection/${uid}/credentials`, { 'rdp.username': 'admin', 'rdp.password': 'pw' })).status).toBe(200);
    expect((await curl('ACTION', `/connection/${uid}/connect`)).status).toBe(200);
    const journal = await curl('GET', '/__admin/actions');
    expect(journal.body.actions).toEqual([
      expect.objectContaining({ method: 'ACTION', target: { kind: 'connection', uid }, action: 'connect' }),
    ]);
    expect((await curl('PUT', `/connection/${uid}`, { category_uid: '4567-89AB' })).status).toBe(200);
    const moved = await curl('GET', '/group/4567-89AB');
    expect(moved.body.connections).toContainEqual(expect.objectContaining({ uid, has_credentials: true }));
    expect((await curl('GET', `/group/${group.body.group_uid}`)).body.connections).toEqual([]);
    expect((await curl('DELETE', `/connection/${uid}`)).status).toBe(200);
    const gone = await curl('PUT', `/connection/${uid}`, { name: 'again' });
    expect(gone.status).toBe(404);
    expect(gone.body.type).toBe('urn:remotix-mock:problem:not-found');
  });
});
