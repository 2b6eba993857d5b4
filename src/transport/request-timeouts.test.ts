import { afterEach, describe, expect, it } from 'vitest';
import { destroyRawConnections, openRawConnection } from './testing/open-raw-connection.js';
import { type EchoServer, startEchoServer } from './testing/start-echo-server.js';

let echo: EchoServer | undefined;
afterEach(async () => {
  destroyRawConnections();
  await echo?.close();
  echo = undefined;
});

const timeouts = { headersTimeout: 300, requestTimeout: 900, connectionsCheckingInterval: 50 };
const ACTION = 'ACTION /first HTTP/1.1\r\nHost: test\r\n\r\n';

/** Sends `first` (answered), then `partial`, and resolves with the statuses and how long after `partial` the connection closed. */
async function afterPartial(first: string, partial: string): Promise<{ statuses: number[]; ms: number }> {
  echo = await startEchoServer({ serverOptions: timeouts });
  const connection = await openRawConnection(echo.port);
  const statuses: number[] = [];
  if (first) {
    connection.write(first);
    statuses.push(...(await connection.responses(1)).map((r) => r.status));
  }
  const started = Date.now();
  connection.write(partial);
  const { responses } = await connection.closed();
  return { statuses: [...statuses, ...responses.map((r) => r.status)], ms: Date.now() - started };
}

describe('headers and request timeouts, on the framer’s clock', () => {
  it('answers 408 to a method token that never ends, on a connection that already carried an ACTION', async () => {
    // Node's own clock would never start: the held token `ACTI` has not reached its parser.
    const { statuses, ms } = await afterPartial(ACTION, 'ACTI');
    expect(statuses).toEqual([200, 408]);
    expect(ms).toBeGreaterThanOrEqual(250);
  });

  it('answers 408 to a head that stops in a held Content-Length line', async () => {
    const { statuses } = await afterPartial(ACTION, 'PUT /x HTTP/1.1\r\nHost: test\r\nContent-Len');
    expect(statuses).toEqual([200, 408]);
  });

  it('holds the request timeout too: a whole head, then a body that never ends', async () => {
    const { statuses, ms } = await afterPartial('', 'ACTION /slow HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nabc');
    expect(statuses).toEqual([408]);
    expect(ms).toBeGreaterThanOrEqual(850);
    expect(echo?.aborted).toEqual(['ACTION /slow']);
  });

  it('reads server.headersTimeout at each check, as Node does', async () => {
    echo = await startEchoServer({ serverOptions: { ...timeouts, headersTimeout: 60_000, requestTimeout: 120_000 } });
    echo.server.headersTimeout = 200;
    const connection = await openRawConnection(echo.port);
    connection.write(ACTION);
    await connection.responses(1);
    connection.write('ACTION /never');
    expect((await connection.closed()).responses.map((r) => r.status)).toEqual([408]);
  });
});
