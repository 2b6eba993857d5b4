import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { installExtensionMethods } from './install-extension-methods.js';
import { destroyRawConnections, openRawConnection } from './testing/open-raw-connection.js';
import { type EchoServer, startEchoServer } from './testing/start-echo-server.js';

let echo: EchoServer | undefined;

afterEach(async () => {
  destroyRawConnections();
  await echo?.close();
  echo = undefined;
});

async function statusesFor(port: number, raw: string, count: number): Promise<number[]> {
  const connection = await openRawConnection(port);
  connection.write(raw);
  return (await connection.responses(count)).map((r) => r.status);
}

describe('installExtensionMethods', () => {
  it('admits every method in the list and only those', async () => {
    echo = await startEchoServer({ methods: ['ACTION', 'REBOOT'] });
    const raw = 'ACTION /a HTTP/1.1\r\nHost: t\r\n\r\nREBOOT /b HTTP/1.1\r\nHost: t\r\n\r\n';
    expect(await statusesFor(echo.port, raw, 2)).toEqual([200, 200]);
    expect(echo.requests.map((r) => r.method)).toEqual(['ACTION', 'REBOOT']);
    const connection = await openRawConnection(echo.port);
    connection.write('REBOOTS /c HTTP/1.1\r\nHost: t\r\n\r\n');
    expect((await connection.closed()).responses.map((r) => r.status)).toEqual([400]);
  });

  it('does nothing when the list holds only methods Node already knows', async () => {
    echo = await startEchoServer({ methods: ['GET', 'SOURCE'] });
    const connection = await openRawConnection(echo.port);
    connection.write('ACTION / HTTP/1.1\r\nHost: t\r\n\r\n');
    expect((await connection.closed()).responses.map((r) => r.status)).toEqual([400]);
    const untouched = http.createServer();
    const before = untouched.listenerCount('connection');
    installExtensionMethods(untouched, { methods: ['GET', 'PUT'] });
    expect(untouched.listenerCount('connection')).toBe(before);
  });

  it('refuses a method that is not an HTTP token', () => {
    const server = http.createServer();
    expect(() => installExtensionMethods(server, { methods: ['AC TION'] })).toThrow(TypeError);
    expect(() => installExtensionMethods(server, { methods: [''] })).toThrow(TypeError);
  });

  it('refuses to be installed twice on the same server', () => {
    const server = http.createServer();
    installExtensionMethods(server, { methods: ['ACTION'] });
    expect(() => installExtensionMethods(server, { methods: ['ACTION'] })).toThrow(/already installed/);
  });

  it('answers 431 for a head over the maxHeaderSize option', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    installExtensionMethods(server, { methods: ['ACTION'], maxHeaderSize: 1024 });
    echo = await wrap(server);
    const connection = await openRawConnection(echo.port);
    connection.write(`ACTION / HTTP/1.1\r\nHost: t\r\nX-Pad: ${'p'.repeat(2000)}\r\n\r\n`);
    expect((await connection.closed()).responses.map((r) => r.status)).toEqual([431]);
  });

  it('gives the real method to checkContinue listeners too', async () => {
    const seen: string[] = [];
    const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => res.end(req.method));
    });
    server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
      seen.push(`${req.method} ${JSON.stringify(req.rawHeaders)}`);
      res.writeContinue();
      server.emit('request', req, res);
    });
    installExtensionMethods(server, { methods: ['ACTION'] });
    echo = await wrap(server);
    const connection = await openRawConnection(echo.port);
    connection.write('ACTION / HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n');
    const [interim] = await connection.responses(1);
    expect(interim?.status).toBe(100);
    connection.write('ok');
    const [final] = await connection.responses(1);
    expect(final?.body).toBe('ACTION');
    expect(seen).toEqual(['ACTION ["Host","t","Expect","100-continue","Content-Length","2"]']);
  });
});

/** Listen on an ephemeral port and give back the EchoServer-like handle used for cleanup. */
async function wrap(server: http.Server): Promise<EchoServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    server,
    port: address.port,
    requests: [],
    started: [],
    aborted: [],
    connections: () => 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
