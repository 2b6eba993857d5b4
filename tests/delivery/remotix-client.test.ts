import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMockAdminClient, createRemotixClient } from '../../client/index.js';
import { listOperations } from '../../openapi-reader/list-operations.js';
import { API_DOCUMENT } from '../../src/package-paths.js';
import { type Mock, startMock } from '../../src/start-mock.js';

let mock: Mock;
let client: ReturnType<typeof createRemotixClient>;
let admin: ReturnType<typeof createMockAdminClient>;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
  client = createRemotixClient({ baseUrl: mock.url });
  admin = createMockAdminClient({ baseUrl: mock.url });
});
beforeEach(async () => {
  expect((await admin.resetState()).status).toBe(200);
});
afterAll(() => mock.close());

/** The mock's ACTION journal, read with the typed admin client. */
async function journal() {
  const response = await admin.listActions();
  if (response.status !== 200) throw new Error(`listActions answered ${response.status}`);
  return response.body.actions;
}

describe('the typed Remotix client, against the mock over TCP', () => {
  it('has one method per operationId of openapi/remotix.yaml, ACTION ones included', async () => {
    const ids = listOperations(parse(await readFile(API_DOCUMENT, 'utf8'))).map((o) => o.operationId);
    expect(ids).toHaveLength(24);
    expect(Object.keys(client).sort()).toEqual([...ids, 'request'].sort());
  });

  it('lists the groups with a typed body', async () => {
    const response = await client.listGroups();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    if (response.status !== 200) throw new Error('unreachable');
    expect(response.body.groups.map((g) => g.name)).toEqual(['Office', 'Home', 'Servers']);
  });

  it('creates, renames and reads a group: path parameters first, then the body', async () => {
    const created = await client.createGroup({ name: 'Lab' });
    if (created.status !== 200) throw new Error(`createGroup answered ${created.status}`);
    const { group_uid } = created.body;
    expect((await client.renameGroup({ group_uid }, { name: 'Lab 2' })).status).toBe(200);
    const read = await client.getGroup({ group_uid });
    expect(read).toMatchObject({ status: 200, body: { group_uid, name: 'Lab 2', connections: [], computers: [] } });
  });

  it('resolves a 4xx with its problem document instead of throwing', async () => {
    const response = await client.getGroup({ group_uid: 'FFFF-0000' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('sends ACTION with connectConnection, and the mock journals it', async () => {
    expect(await client.connectConnection({ uid: '1000-0001' })).toMatchObject({ status: 200, body: {} });
    expect(await journal()).toMatchObject([{ method: 'ACTION', path: '/connection/1000-0001/connect', action: 'connect' }]);
  });

  it('runs a computer action, and answers 409 for one the computer does not offer', async () => {
    expect((await client.runComputerAction({ computer_id: '123456', connection: 'RDP_3390', action: 'control' })).status).toBe(200);
    expect((await client.runComputerAction({ computer_id: '123456', connection: 'VNC', action: 'observe' })).status).toBe(409);
    expect((await client.chatWithComputer({ computer_id: '123456' }, {})).status).toBe(200);
    expect((await journal()).map((a) => a.path)).toEqual(['/computer/123456/RDP_3390/control', '/computer/123456/chat']);
  });

  it('encodes path parameters, so a slash cannot reach another path', async () => {
    expect((await client.getGroup({ group_uid: '0123-CDEF/../x' })).status).toBe(400);
  });

  it('sends anything with request(), a string body as it is', async () => {
    const malformed = await client.request('PUT', '/group/', '{"name":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    const action = await client.request('ACTION', '/connection/1000-0002/connect');
    expect(action.status).toBe(200);
  });

  it('works in a mock session of its own when its headers name one, with query parameters typed', async () => {
    const headers = { 'X-Mock-Session': 'typed-client-test' };
    const mine = createRemotixClient({ baseUrl: mock.url, headers });
    const myAdmin = createMockAdminClient({ baseUrl: mock.url, headers });
    try {
      expect((await mine.connectConnection({ uid: '1000-0002' })).status).toBe(200);
      expect((await mine.chatWithComputer({ computer_id: '123456' })).status).toBe(200);
      const connects = await myAdmin.listActions({ action: 'connect' });
      expect(connects).toMatchObject({ status: 200, body: { actions: [{ path: '/connection/1000-0002/connect' }] } });
      expect(await journal()).toEqual([]);
    } finally {
      await admin.deleteMockSession({ name: headers['X-Mock-Session'] });
    }
  });

  it('sends its headers with every request through the fetch it is given', async () => {
    const seen: Array<{ method: string; headers: Headers }> = [];
    const spying = createRemotixClient({
      baseUrl: `${mock.url}/`,
      headers: { 'x-test': 'yes' },
      fetch: (input, init) => {
        seen.push({ method: init!.method!, headers: new Headers(init!.headers) });
        return fetch(input, init);
      },
    });
    expect((await spying.listNearby()).status).toBe(200);
    expect((await spying.createGroup({ name: 'Headers' })).status).toBe(200);
    expect(seen.map((s) => [s.method, s.headers.get('x-test'), s.headers.get('content-type')])).toEqual([
      ['GET', 'yes', null],
      ['PUT', 'yes', 'application/json'],
    ]);
  });
});

describe('the typed client without an answer', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket)).listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('rejects with a TimeoutError after timeoutMs when the server never answers', async () => {
    const { port } = silent.address() as { port: number };
    const stuck = createRemotixClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 200 });
    await expect(stuck.listGroups()).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});

describe('the client folder', () => {
  it('imports nothing from the mock (src/), so the contract kit can use it', async () => {
    const dir = fileURLToPath(new URL('../../client/', import.meta.url));
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from\s+['"][^'"]*\/src\//);
    }
  });
});

/** Compile-time checks (`npm run typecheck`): never called. */
function typeChecks(c: ReturnType<typeof createRemotixClient>): void {
  // @ts-expect-error renameGroup needs its path parameters
  void c.renameGroup({ name: 'x' });
  // @ts-expect-error the body of createGroup is required
  void c.createGroup();
  // @ts-expect-error ACTION paths take only documented actions
  void c.runComputerAction({ computer_id: '1', connection: 'VNC', action: 'reboot' });
  void c.connectConnection({ uid: '1000-0001' }).then((r) => {
    // @ts-expect-error connectConnection documents no 409
    if (r.status === 409) return;
  });
}
void typeChecks;
