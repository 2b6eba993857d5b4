import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FramingError } from './framing-error.js';
import { destroyRawConnections, openRawConnection } from './testing/open-raw-connection.js';
import { type EchoedRequest, type EchoServer, startEchoServer } from './testing/start-echo-server.js';

let echo: EchoServer | undefined;

afterEach(async () => {
  destroyRawConnections();
  await echo?.close();
  echo = undefined;
});

const GOOD = 'GET /good HTTP/1.1\r\nHost: test\r\n\r\n';
const POST = 'POST /bad HTTP/1.1\r\nHost: test\r\n';
const SMUGGLED = 'ACTION /smuggled HTTP/1.1\r\nHost: test\r\n\r\n';

const badHeads: Array<[string, string]> = [
  ['Content-Length together with Transfer-Encoding', `${POST}Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${SMUGGLED}`],
  ['two different Content-Lengths', `${POST}Content-Length: 0\r\nContent-Length: ${SMUGGLED.length}\r\n\r\n${SMUGGLED}`],
  ['a duplicate identical Content-Length', `${POST}Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc${SMUGGLED}`],
  ['a negative Content-Length', `${POST}Content-Length: -1\r\n\r\n${SMUGGLED}`],
];

describe('requests whose framing is unsafe', () => {
  for (const [what, bad] of badHeads) {
    it(`answers ${what} with 400 after the earlier pipelined request, and never calls the handler for it`, async () => {
      echo = await startEchoServer({ delayMs: 50 });
      const connection = await openRawConnection(echo.port);
      connection.write(GOOD + bad);
      const { responses } = await connection.closed();
      expect(responses.map((r) => r.status)).toEqual([200, 400]);
      expect((JSON.parse(responses[0]?.body ?? '{}') as EchoedRequest).url).toBe('/good');
      expect(echo.started).toEqual(['GET /good']);
    });
  }

  it('answers an invalid chunk size with 400 after the earlier request; the handler only sees an aborted request', async () => {
    echo = await startEchoServer({ delayMs: 50 });
    const connection = await openRawConnection(echo.port);
    connection.write(`${GOOD}${POST}Transfer-Encoding: chunked\r\n\r\n-1\r\n${SMUGGLED}`);
    const { responses } = await connection.closed();
    expect(responses.map((r) => r.status)).toEqual([200, 400]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(echo.requests.map((r) => r.url)).toEqual(['/good']);
    expect(echo.started).toEqual(['GET /good', 'POST /bad']);
    expect(echo.aborted).toEqual(['POST /bad']);
  });

  it('answers a head longer than maxHeaderSize with 431', async () => {
    echo = await startEchoServer({});
    const connection = await openRawConnection(echo.port);
    connection.write(`GET / HTTP/1.1\r\nHost: test\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`);
    const { responses } = await connection.closed();
    expect(responses.map((r) => r.status)).toEqual([431]);
    expect(echo.requests).toEqual([]);
  });

  it("reports the error to the server's clientError listeners with code, status and reason", async () => {
    echo = await startEchoServer({});
    const reported: FramingError[] = [];
    echo.server.on('clientError', (error: FramingError, socket: Socket) => {
      reported.push(error);
      socket.end('HTTP/1.1 418 Teapot\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    const connection = await openRawConnection(echo.port);
    connection.write(`${POST}Content-Length: 1\r\nContent-Length: 2\r\n\r\nab`);
    const { responses } = await connection.closed();
    expect(responses.map((r) => r.status)).toEqual([418]);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ code: 'HPE_UNEXPECTED_CONTENT_LENGTH', status: 400, reason: 'Duplicate Content-Length' });
  });

  it('rejects a CR without LF itself when the server parses leniently (insecureHTTPParser)', async () => {
    echo = await startEchoServer({ serverOptions: { insecureHTTPParser: true } });
    const reported: FramingError[] = [];
    echo.server.on('clientError', (error: FramingError, socket: Socket) => {
      reported.push(error);
      socket.destroy();
    });
    const connection = await openRawConnection(echo.port);
    connection.write('GET / HTTP/1.1\r\nHost: t\rContent-Length: 5\r\n\r\nhello');
    await connection.closed();
    expect(reported.map((e) => [e.code, e.reason])).toEqual([['HPE_LF_EXPECTED', 'Missing expected LF after CR']]);
    expect(echo.started).toEqual([]);
  });

  it('keeps the earlier response intact when the bad request arrives while it is still being computed', async () => {
    echo = await startEchoServer({ delayMs: 100 });
    const connection = await openRawConnection(echo.port);
    connection.write(GOOD);
    await new Promise((resolve) => setTimeout(resolve, 20));
    connection.write(`${POST}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc`);
    const { responses, rest } = await connection.closed();
    expect(responses.map((r) => r.status)).toEqual([200, 400]);
    expect(rest).toBe('');
  });
});
