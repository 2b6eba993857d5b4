import { afterEach, describe, expect, it } from 'vitest';
import { destroyRawConnections, openRawConnection } from './testing/open-raw-connection.js';
import { type EchoedRequest, type EchoServer, startEchoServer } from './testing/start-echo-server.js';

let echo: EchoServer | undefined;
afterEach(async () => {
  destroyRawConnections();
  await echo?.close();
  echo = undefined;
});

const H2C = 'Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQBAAAAAAIAAAAA\r\n';
const request = (method: string, url: string, extra = '') => `${method} ${url} HTTP/1.1\r\nHost: test\r\n${extra}\r\n`;

describe('requests that ask to upgrade, on a server without an upgrade listener', () => {
  it('are answered as HTTP/1.1 and the connection goes on, pipelined requests included', async () => {
    // Bare node:http drops what follows an Upgrade request in the same chunk; llhttp never sees one here.
    echo = await startEchoServer();
    const connection = await openRawConnection(echo.port);
    connection.write(request('GET', '/1', H2C) + request('ACTION', '/2', H2C) + request('GET', '/3'));
    expect((await connection.responses(3)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(echo.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /1', 'ACTION /2', 'GET /3']);
  });

  it('show the handler the Upgrade field as the client sent it', async () => {
    echo = await startEchoServer();
    const connection = await openRawConnection(echo.port);
    connection.write(request('ACTION', '/u', 'upgrade: websocket\r\nConnection: upgrade\r\nUPGRADE: h2c\r\n'));
    const [response] = await connection.responses(1);
    const seen = JSON.parse(response?.body ?? '{}') as EchoedRequest;
    expect(seen.rawHeaders).toEqual(['Host', 'test', 'upgrade', 'websocket', 'Connection', 'upgrade', 'UPGRADE', 'h2c']);
    expect(seen.headers).toEqual({ host: 'test', upgrade: 'websocket, h2c', connection: 'upgrade' });
  });

  it('does not turn a client-sent field named like a renamed one into Upgrade', async () => {
    echo = await startEchoServer();
    const connection = await openRawConnection(echo.port);
    connection.write(request('GET', '/f', 'x-ignored-upgrade-0123-Upgrade: h2c\r\n'));
    const [response] = await connection.responses(1);
    expect((JSON.parse(response?.body ?? '{}') as EchoedRequest).headers).toEqual({
      host: 'test',
      'x-ignored-upgrade-0123-upgrade': 'h2c',
    });
  });
});
