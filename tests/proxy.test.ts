import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDescriptions } from '../src/load-descriptions.js';
import { type Mock, startMock } from '../src/start-mock.js';
import { openRawConnection } from '../src/transport/testing/open-raw-connection.js';

let upstream: Mock;
let proxy: Mock;
let recordDir: string;
beforeAll(async () => {
  recordDir = await mkdtemp(join(tmpdir(), 'remotix-record-'));
  const descriptions = await loadDescriptions();
  upstream = await startMock({ descriptions });
  proxy = await startMock({ descriptions, proxy: upstream.url, record: recordDir });
}, 30_000);
afterAll(async () => {
  await Promise.all([proxy.close(), upstream.close()]);
  await rm(recordDir, { recursive: true });
});

describe('remotix-mock --proxy', () => {
  it('answers with what the real Remotix answered, unchanged, and journals that it agrees with the document', async () => {
    const [direct, proxied] = await Promise.all([fetch(`${upstream.url}/groups`), fetch(`${proxy.url}/groups`)]);
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    expect(await proxied.text()).toBe(await direct.text());
    expect(proxy.requests({ path: '/groups' }).at(-1)).toMatchObject({ method: 'GET', status: 200, deviations: [] });
  });

  it('passes ACTION through over real sockets: the real Remotix journals it, the proxy’s own store does not', async () => {
    const connection = await openRawConnection(Number(new URL(proxy.url).port));
    connection.write('ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const [answer] = await connection.responses(1);
    connection.destroy();
    expect(answer).toMatchObject({ status: 200, body: '{}' });
    expect(upstream.actions({ action: 'connect' })).toHaveLength(1);
    expect(proxy.actions()).toEqual([]);
    expect(proxy.requests({ method: 'ACTION' }).at(-1)).toMatchObject({
      path: '/connection/1000-0001/connect',
      status: 200,
      deviations: [],
    });
  });

  it('forwards changes, and records each exchange with its credentials redacted', async () => {
    const body = JSON.stringify({ 'rdp.username': 'frontdesk', 'rdp.password': 'Rotated-Secret-9' });
    const response = await fetch(`${proxy.url}/connection/1000-0001/credentials`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-for-files' },
      body,
    });
    expect(response.status).toBe(200);
    const files = (await readdir(recordDir)).sort();
    const file = files.find((name) => name.includes('PUT-connection_1000-0001_credentials'));
    expect(file, files.join(', ')).toBeDefined();
    const text = await readFile(join(recordDir, file!), 'utf8');
    expect(text).not.toContain('Rotated-Secret-9');
    expect(text).not.toContain('not-for-files');
    expect(JSON.parse(text)).toMatchObject({
      request: { method: 'PUT', target: '/connection/1000-0001/credentials', body: { 'rdp.username': 'frontdesk', 'rdp.password': '***' } },
      response: { status: 200, body: {} },
      deviations: [],
    });
  });
});

describe('remotix-mock --proxy in front of a Remotix that deviates', () => {
  let deviating: Server;
  let front: Mock;
  beforeAll(async () => {
    // A real Remotix as some user's may be: a bare list, a 500, a 201 on a create.
    deviating = createServer((req, res) => {
      if (req.url === '/groups') res.writeHead(200, { 'content-type': 'application/json' }).end('[{"id":1,"title":"Office"}]');
      else if (req.url === '/nearby') res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
      else if (req.url === '/group/') res.writeHead(201, { 'content-type': 'application/json' }).end('{"group_uid":"0123-CDEF"}');
      else res.writeHead(404).end();
    }).listen(0, '127.0.0.1');
    await once(deviating, 'listening');
    front = await startMock({ proxy: `http://127.0.0.1:${(deviating.address() as AddressInfo).port}` });
  });
  afterAll(async () => {
    await front.close();
    deviating.close();
  });

  it('returns each answer unchanged and journals where it parts from the document', async () => {
    const groups = await fetch(`${front.url}/groups`);
    expect(await groups.text()).toBe('[{"id":1,"title":"Office"}]');
    await fetch(`${front.url}/nearby`);
    await fetch(`${front.url}/group/`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"name":"Lab"}' });
    await fetch(`${front.url}/no/such/path`);
    const journal = (await (await fetch(`${front.url}/__admin/requests`)).json()) as {
      requests: Array<{ path: string; deviations: unknown }>;
    };
    const byPath = Object.fromEntries(journal.requests.map((r) => [r.path, r.deviations]));
    expect(byPath['/groups']).toEqual([{ check: 'body', source: 'assumed', message: expect.stringMatching(/must be object/) }]);
    expect(byPath['/nearby']).toEqual([{ check: 'server-error', source: 'documented', message: 'answered 500' }]);
    expect(byPath['/group/']).toEqual([
      { check: 'status', source: 'documented', message: expect.stringMatching(/createGroup answered 201/) },
    ]);
    expect(byPath['/no/such/path']).toEqual([]);
  });

  it('answers 502 when the real Remotix cannot be reached', async () => {
    const down = await startMock({ proxy: 'http://127.0.0.1:1' });
    try {
      const response = await fetch(`${down.url}/groups`);
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ type: 'urn:remotix-mock:problem:bad-gateway' });
    } finally {
      await down.close();
    }
  });
});
