import { afterEach, describe, expect, it } from 'vitest';
import { destroyRawConnections, openRawConnection } from './testing/open-raw-connection.js';
import { createRandom, randomRequest } from './testing/random-requests.js';
import { type EchoedRequest, type EchoServer, startEchoServer } from './testing/start-echo-server.js';

let echo: EchoServer | undefined;

afterEach(async () => {
  destroyRawConnections();
  await echo?.close();
  echo = undefined;
});

const request = (method: string, url: string, extra = '', body = ''): string =>
  `${method} ${url} HTTP/1.1\r\nHost: test\r\n${extra}\r\n${body}`;
const echoed = (body: string): EchoedRequest => JSON.parse(body) as EchoedRequest;

describe('ACTION on keep-alive and pipelined connections', () => {
  for (const position of [1, 2, 10]) {
    it(`serves ACTION as request number ${position} on a keep-alive connection`, async () => {
      echo = await startEchoServer();
      const connection = await openRawConnection(echo.port);
      for (let n = 1; n <= position + 1; n++) {
        const method = n === position ? 'ACTION' : 'GET';
        connection.write(request(method, `/r${n}`));
        const [response] = await connection.responses(1);
        expect(response?.status).toBe(200);
        expect(echoed(response?.body ?? '{}')).toMatchObject({ method, url: `/r${n}` });
      }
      expect(echo.connections()).toBe(1);
    });
  }

  it('answers pipelined requests written in one write, in order', async () => {
    echo = await startEchoServer();
    const connection = await openRawConnection(echo.port);
    connection.write(
      request('GET', '/1') +
        request('PUT', '/2', 'Content-Length: 21\r\n', 'ACTION / HTTP/1.1\r\n\r\n') +
        request('ACTION', '/3') +
        request('ACTION', '/4', 'Transfer-Encoding: chunked\r\n', '4\r\nbody\r\n0\r\n\r\n') +
        request('DELETE', '/5'),
    );
    const responses = await connection.responses(5);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(responses.map((r) => [echoed(r.body).method, echoed(r.body).url, echoed(r.body).body])).toEqual([
      ['GET', '/1', ''],
      ['PUT', '/2', 'ACTION / HTTP/1.1\r\n\r\n'],
      ['ACTION', '/3', ''],
      ['ACTION', '/4', 'body'],
      ['DELETE', '/5', ''],
    ]);
  });

  it('delivers an ACTION without a body, with a Content-Length body and with a chunked body intact', async () => {
    echo = await startEchoServer();
    const connection = await openRawConnection(echo.port);
    const binary = Buffer.from([0, 1, 2, 13, 10, 255, 65]).toString('latin1');
    connection.write(request('ACTION', '/none'));
    connection.write(request('ACTION', '/length', `Content-Length: ${binary.length}\r\n`, binary));
    connection.write(
      request(
        'ACTION',
        '/chunked',
        'Transfer-Encoding: chunked\r\n',
        '3;note=x\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Check: done\r\n\r\n',
      ),
    );
    await connection.responses(3);
    expect(echo.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['ACTION', '/none', ''],
      ['ACTION', '/length', binary],
      ['ACTION', '/chunked', 'abc0123456789abcdef'],
    ]);
  });

  it('shows the handler the client headers only, without the internal marker', async () => {
    echo = await startEchoServer();
    const connection = await openRawConnection(echo.port);
    connection.write(request('ACTION', '/h', 'X-One: 1\r\nX-Two: 2\r\n'));
    await connection.responses(1);
    const [seen] = echo.requests;
    expect(seen?.rawHeaders).toEqual(['Host', 'test', 'X-One', '1', 'X-Two', '2']);
    expect(seen?.headers).toEqual({ host: 'test', 'x-one': '1', 'x-two': '2' });
  });

  it('serves an ACTION request that arrives one byte per write', async () => {
    echo = await startEchoServer();
    const connection = await openRawConnection(echo.port);
    const bytes = request('ACTION', '/slow', 'Content-Length: 3\r\n', 'abc');
    for (const byte of bytes) {
      connection.write(byte);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const [response] = await connection.responses(1);
    expect(echoed(response?.body ?? '{}')).toMatchObject({ method: 'ACTION', url: '/slow', body: 'abc' });
  });

  it('agrees with Node on the boundaries of random pipelined traffic sent in random pieces', async () => {
    echo = await startEchoServer();
    for (let seed = 1; seed <= 25; seed++) {
      const next = createRandom(seed);
      const requests = Array.from({ length: 2 + Math.floor(next() * 4) }, () => randomRequest(next, ''));
      const input = Buffer.from(requests.map((r) => r.raw).join(''), 'latin1');
      const connection = await openRawConnection(echo.port);
      for (let at = 0, size = 0; at < input.length; at += size) {
        size = 1 + Math.floor(next() * 40);
        connection.write(input.subarray(at, at + size));
      }
      const responses = await connection.responses(requests.length);
      const seen = responses.map((r) => echoed(r.body)).map((r) => [r.method, r.body]);
      expect(seen, `seed ${seed}`).toEqual(requests.map((r) => [r.method, r.body]));
      connection.destroy();
    }
  });
});
