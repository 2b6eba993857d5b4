import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { type EchoServer, startEchoServer } from './testing/start-echo-server.js';

const run = promisify(execFile);
let echo: EchoServer | undefined;

afterEach(async () => {
  await echo?.close();
  echo = undefined;
});

const PYTHON_KEEP_ALIVE = `
import http.client, json, sys
conn = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=10)
results = []
for method, body in [('GET', None), ('ACTION', b'{"run":1}'), ('PUT', b'put-body'), ('ACTION', None), ('DELETE', None)]:
    conn.request(method, '/py/' + method.lower(), body=body)
    response = conn.getresponse()
    echoed = json.loads(response.read())
    results.append({'status': response.status, 'method': echoed['method'], 'url': echoed['url'],
                    'body': echoed['body'], 'localPort': conn.sock.getsockname()[1]})
conn.close()
print(json.dumps(results))
`;

describe('extension methods with real HTTP clients', () => {
  it('answers curl -X ACTION with the handler seeing method ACTION and the body', async () => {
    echo = await startEchoServer();
    const { stdout } = await run('curl', [
      '-sS',
      '-X',
      'ACTION',
      '-H',
      'content-type: application/json',
      '--data',
      '{"go":true}',
      '-w',
      '\\n%{http_code}',
      `http://127.0.0.1:${echo.port}/jobs/7?dry=1`,
    ]);
    const [body, status] = stdout.split('\n');
    expect(status).toBe('200');
    expect(JSON.parse(body as string)).toMatchObject({
      method: 'ACTION',
      url: '/jobs/7?dry=1',
      body: '{"go":true}',
      headers: { 'content-type': 'application/json', 'content-length': '11' },
    });
  });

  it("answers Node's fetch with method ACTION", async () => {
    echo = await startEchoServer();
    const response = await fetch(`http://127.0.0.1:${echo.port}/fetch`, { method: 'ACTION', body: 'ping' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ method: 'ACTION', url: '/fetch', body: 'ping' });
  });

  it("serves GET, ACTION, PUT, ACTION, DELETE from Python's http.client on one keep-alive connection", async () => {
    echo = await startEchoServer();
    const { stdout } = await run('python3', ['-c', PYTHON_KEEP_ALIVE, String(echo.port)], { timeout: 15_000 });
    const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(results.map((r) => [r.status, r.method, r.url, r.body])).toEqual([
      [200, 'GET', '/py/get', ''],
      [200, 'ACTION', '/py/action', '{"run":1}'],
      [200, 'PUT', '/py/put', 'put-body'],
      [200, 'ACTION', '/py/action', ''],
      [200, 'DELETE', '/py/delete', ''],
    ]);
    expect(new Set(results.map((r) => r.localPort)).size).toBe(1);
    expect(echo.connections()).toBe(1);
  });
});
