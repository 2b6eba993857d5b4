import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './helpers/run.js';
import { BIN, type RunningBin, spawnBin } from './helpers/spawn-bin.js';

const running: RunningBin[] = [];
const tempDirs: string[] = [];
afterEach(async () => {
  for (const bin of running.splice(0)) bin.child.kill('SIGKILL');
  for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true });
});

/** Writes a fixture file in a fresh temporary folder that is removed after the test. */
async function writeFixture(name: string, content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'remotix-fixtures-'));
  tempDirs.push(dir);
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(content));
  return file;
}
const start = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const bin = await spawnBin(args, env);
  running.push(bin);
  return bin;
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the remotix-mock command', () => {
  it('serves the default fixtures on 127.0.0.1 and prints its URL', async () => {
    const bin = await start([]);
    expect(bin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const groups = (await (await fetch(`${bin.url}/groups`)).json()) as { groups: unknown[] };
    expect(groups.groups).toHaveLength(3);
  });

  it('serves the dashboard, the docs page and the documents from the bundled bin', async () => {
    const bin = await start([]);
    for (const path of [
      '/__admin/',
      '/__admin/docs',
      '/__admin/docs/remotix.yaml',
      '/__admin/docs/admin.yaml',
      '/__admin/ui/swagger-ui-bundle.js',
    ]) {
      expect((await fetch(`${bin.url}${path}`)).status, path).toBe(200);
    }
    expect(await (await fetch(`${bin.url}/__admin/docs/remotix.yaml`)).text()).toContain('openapi: 3.2.0');
  });

  it('takes --port, and --port wins over PORT', async () => {
    const port = await freePort();
    const bin = await start(['--port', String(port)], { PORT: '1' });
    expect(bin.url).toBe(`http://127.0.0.1:${port}`);
  });

  it('honours PORT and HOST', async () => {
    const port = await freePort();
    const bin = await start([], { PORT: String(port), HOST: '0.0.0.0' });
    expect(bin.url).toBe(`http://0.0.0.0:${port}`);
    expect((await fetch(`http://127.0.0.1:${port}/__admin/health`)).status).toBe(200);
  });

  it('takes --fixtures', async () => {
    const file = await writeFixture('tiny.json', {
      groups: [{ group_uid: 'AAAA-0000', name: 'Only' }],
      connections: [],
      computers: [],
      nearby: [],
    });
    const bin = await start(['--fixtures', file]);
    expect(await (await fetch(`${bin.url}/groups`)).json()).toEqual({ groups: [{ group_uid: 'AAAA-0000', name: 'Only' }] });
  });

  it('refuses a bad fixture file, naming the file and the JSON path', async () => {
    const file = await writeFixture('bad.json', {
      groups: [{ group_uid: 'AAAA-0000', name: 'G' }],
      connections: [{ uid: 'AAAA-0001', name: 'C', category_uid: 'AAAA-0000', credentials: { 'rdp.password': 7 } }],
      computers: [],
      nearby: [],
    });
    const { code, stderr } = await run(process.execPath, [BIN, '--fixtures', file, '--port', '0']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: /connections/0/credentials/rdp.password must be string`);
  });

  it('refuses a fixture whose item names a missing group', async () => {
    const file = await writeFixture('orphan.json', {
      groups: [],
      connections: [],
      computers: [{ computer_id: '1', name: 'c', category_uid: 'AAAA-0000' }],
      nearby: [],
    });
    const { code, stderr } = await run(process.execPath, [BIN, '--fixtures', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: /computers/0/category_uid names no group of this fixture: AAAA-0000`);
  });

  it('makes ids reproducible with --seed', async () => {
    const firstUid = async () => {
      const bin = await start(['--seed', '7']);
      const response = await fetch(`${bin.url}/group/`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"x"}',
      });
      return ((await response.json()) as { group_uid: string }).group_uid;
    };
    const [a, b] = [await firstUid(), await firstUid()];
    expect(a).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(b).toBe(a);
  });

  it('starts with the faults given by --fault and --profile', async () => {
    const bin = await start(['--fault', 'PUT /group/=503x1', '--fault', 'GET /nearby=close']);
    const put = () => fetch(`${bin.url}/group/`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' });
    expect((await put()).status).toBe(503);
    expect((await put()).status).toBe(200);
    await expect(fetch(`${bin.url}/nearby`)).rejects.toThrow();
    const starting = await start(['--profile', 'starting:60000']);
    expect((await fetch(`${starting.url}/groups`)).status).toBe(503);
  });

  it('takes REMOTIX_MOCK_TOKEN and --no-admin', async () => {
    const bin = await start(['--no-admin'], { REMOTIX_MOCK_TOKEN: 'secret-token-1' });
    expect((await fetch(`${bin.url}/groups`)).status).toBe(401);
    expect((await fetch(`${bin.url}/groups`, { headers: { authorization: 'Bearer secret-token-1' } })).status).toBe(200);
    expect((await fetch(`${bin.url}/__admin/actions`)).status).toBe(404);
    expect((await fetch(`${bin.url}/__admin/health`)).status).toBe(200);
    expect(bin.output()).not.toContain('secret-token-1');
  });

  it('refuses a token too short to guard anything, with exit code 2', async () => {
    const { code, stderr } = await run(process.execPath, [BIN, '--token', 'abc']);
    expect(code).toBe(2);
    expect(stderr).toContain('--token must be 8 to 512 visible ASCII characters');
  });

  it('refuses a malformed --fault', async () => {
    const { code, stderr } = await run(process.execPath, [BIN, '--fault', 'PUT /group/']);
    expect(code).toBe(2);
    expect(stderr).toContain('--fault takes "[METHOD ]PATH=STATUS[xTIMES]"');
  });

  it('refuses an unknown flag with its usage', async () => {
    const { code, stderr } = await run(process.execPath, [BIN, '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage: remotix-mock/);
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run(process.execPath, [BIN, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--port[\s\S]*env PORT[\s\S]*--host[\s\S]*--fixtures/);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('on %s, lets a request in flight finish, refuses new ones and exits 0', async (signal) => {
    const bin = await start([]);
    const { port } = new URL(bin.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const body = JSON.stringify({ name: 'in flight' });
    socket.write(
      `PUT /group/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    bin.child.kill(signal);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${bin.url}/groups`)).rejects.toThrow();
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.write(body.slice(5));
    expect(await bin.exited).toBe(0);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answer).toMatch(/"group_uid":"[0-9A-F]{4}-[0-9A-F]{4}"/);
    socket.destroy();
  });
});
