import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MARKER_NAME } from './extension-marker.js';
import { destroyRawConnections, openRawConnection } from './testing/open-raw-connection.js';
import { type EchoServer, startEchoServer } from './testing/start-echo-server.js';

const servers: EchoServer[] = [];

afterEach(async () => {
  destroyRawConnections();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(options: Parameters<typeof startEchoServer>[0] = {}): Promise<EchoServer> {
  const started = await startEchoServer(options);
  servers.push(started);
  return started;
}

const ORDINARY = [
  'GET /a/b?c=d&e HTTP/1.1\r\nHost: test\r\nAccept: */*\r\nX-Dup: 1\r\nx-dup: 2\r\nCookie: a=b\r\nCookie: c=d\r\n\r\n',
  'PUT /put HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nhello\r\nthere',
  'PUT /chunked HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nab\r\n0\r\nTrailer-A: 1\r\n\r\n',
  'SOURCE /stream HTTP/1.1\r\nHost: test\r\nUser-Agent: ice/1\r\n\r\n',
  'DELETE /old HTTP/1.0\r\n\r\n',
];

describe('requests that are not extension methods', () => {
  it('reach the handler exactly as they do without the layer', async () => {
    const layered = await server();
    const plain = await server({ layer: false });
    for (const target of [layered, plain]) {
      const connection = await openRawConnection(target.port);
      connection.write(ORDINARY.join(''));
      expect((await connection.responses(ORDINARY.length)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    }
    const shape = (s: EchoServer): unknown => s.requests.map((r) => [r.method, r.url, r.rawHeaders, r.body]);
    expect(shape(layered)).toEqual(shape(plain));
    expect(layered.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'PUT', 'SOURCE', 'DELETE']);
  });

  it("still gets Node's own 400 for an unknown method that is not in the list", async () => {
    const echo = await server();
    const codes: string[] = [];
    echo.server.on('clientError', (error: Error & { code: string }, socket: Socket) => {
      codes.push(error.code);
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    });
    const connection = await openRawConnection(echo.port);
    connection.write('FOO / HTTP/1.1\r\nHost: test\r\n\r\n');
    const { responses } = await connection.closed();
    expect(responses.map((r) => r.status)).toEqual([400]);
    expect(codes).toEqual(['HPE_INVALID_METHOD']);
    expect(echo.requests).toEqual([]);
  });

  it('does not turn a SOURCE request with a forged marker header into ACTION', async () => {
    const echo = await server();
    const forged = `${randomBytes(16).toString('hex')} ACTION`;
    const connection = await openRawConnection(echo.port);
    connection.write(`SOURCE /x HTTP/1.1\r\n${MARKER_NAME}: ${forged}\r\nHost: test\r\n\r\n`);
    await connection.responses(1);
    expect(echo.requests[0]).toMatchObject({ method: 'SOURCE', rawHeaders: [MARKER_NAME, forged, 'Host', 'test'] });
  });

  it('hands an upgraded connection to the upgrade listener and stays out of its bytes', async () => {
    const echo = await server();
    echo.server.on('upgrade', (_req, socket: Socket, head: Buffer) => {
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
      socket.write(head);
      socket.on('data', (data) => socket.write(data));
      socket.on('end', () => socket.end());
    });
    const connection = await openRawConnection(echo.port);
    connection.write('GET /ws HTTP/1.1\r\nHost: test\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nACTION / HTTP/1.1\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    connection.write('ACTION /again HTTP/1.1\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [switched] = await connection.responses(1);
    expect(switched?.status).toBe(101);
    connection.end();
    const { all } = await connection.closed();
    expect(all.split('\r\n\r\n').slice(1).join('\r\n\r\n')).toBe('ACTION / HTTP/1.1\r\nACTION /again HTTP/1.1\r\n\r\n');
  });
});

describe("Node's timeouts", () => {
  const timeouts = { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 };

  for (const partial of ['GET /slow HTTP/1.1\r\nHost: te', 'ACTION /slow HTTP/1.1\r\nHost: te']) {
    it(`closes a client that stops in the middle of its headers (${partial.split(' ')[0]}) after headersTimeout`, async () => {
      const echo = await server({ serverOptions: timeouts });
      const connection = await openRawConnection(echo.port);
      const started = Date.now();
      connection.write(partial);
      const { responses } = await connection.closed();
      expect(responses.map((r) => r.status)).toEqual([408]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  }
});
