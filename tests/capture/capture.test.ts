import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKitBin } from '../contract-kit/kit-bin.js';
import { hasPython } from '../differential/independent-server.js';
import { readEverything } from '../helpers/read-everything.js';
import { startTestMock } from '../helpers/test-mock.js';
import { startPythonRemotix } from '../independent-remotix/python-remotix.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remotix-capture-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const capture = (...args: string[]) => runKitBin(['capture', ...args]);
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

/** Every string under a key named like a password, at any depth. */
function passwordsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(passwordsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => (/password/i.test(key) && typeof item === 'string' ? [item] : passwordsIn(item)));
}

describe('remotix-contract capture against the mock', () => {
  it('writes a fixture that a mock loads and then answers every read as the captured one', async () => {
    const source = await startTestMock();
    const file = join(dir, 'mock.json');
    try {
      const { code, output } = await capture('--url', source.url, '--out', file, '--include-secrets');
      expect(code, output).toBe(0);
      const copy = await startTestMock({ fixtures: file });
      try {
        expect(await readEverything(copy)).toEqual(await readEverything(source));
      } finally {
        await copy.close();
      }
      const sent = (await source.call('GET', '/__admin/requests')).body.requests as Array<{ method: string; path: string }>;
      const api = sent.filter((r) => !r.path.startsWith('/__admin'));
      expect(api.length).toBeGreaterThan(30);
      expect(new Set(api.map((r) => r.method))).toEqual(new Set(['GET']));
    } finally {
      await source.close();
    }
  }, 60_000);

  it('keeps ids as the target gave them: JSON numbers stay numbers, and load again under the same dialect', async () => {
    const integer = { type: 'integer', pattern: '^[0-9]+$', new: { kind: 'counter' } };
    const dialect = { version: 1, ids: { group: integer, connection: integer } };
    const fixtures = {
      groups: [
        { group_uid: 7, name: 'Lab' },
        { group_uid: 8, name: 'Empty' },
      ],
      connections: [{ uid: 9, name: 'Box', category_uid: 7, protocol: 'RDP', credentials: { 'rdp.username': 'u', 'rdp.password': 'p' } }],
      computers: [{ computer_id: '123456', name: 'Mini', category_uid: 7, connections: { VNC: { settings: { quality: 'high' } } } }],
      nearby: [],
    };
    // A file, as a user gives it: the Fixture type of startMock writes ids as text.
    const seed = join(dir, 'integer-seed.json');
    await writeFile(seed, JSON.stringify(fixtures));
    const source = await startTestMock({ dialect, fixtures: seed });
    const file = join(dir, 'integers.json');
    try {
      const { code, output } = await capture('--url', source.url, '--out', file);
      expect(code, output).toBe(0);
      const captured = await readJson(file);
      expect(captured.groups.map((g: any) => g.group_uid)).toEqual([7, 8]);
      expect(captured.connections[0]).toMatchObject({ uid: 9, category_uid: 7 });
      expect(captured.computers[0]).toMatchObject({ computer_id: '123456', category_uid: 7 });
      const copy = await startTestMock({ dialect, fixtures: file });
      try {
        expect((await copy.call('GET', '/group/7')).body).toEqual((await source.call('GET', '/group/7')).body);
      } finally {
        await copy.close();
      }
    } finally {
      await source.close();
    }
  }, 60_000);
});

describe.skipIf(!hasPython())('remotix-contract capture against the independent Remotix', () => {
  it('sends nothing but GET, and reads every group, connection, computer and Nearby entry it holds', async () => {
    const server = await startPythonRemotix(['--preset', 'default']);
    const file = join(dir, 'independent.json');
    try {
      const { code, output } = await capture('--url', server.url, '--out', file);
      expect(code, output).toBe(0);
      const requests = (await (await fetch(`${server.url}/__independent/requests`)).json()) as Array<{ method: string; path: string }>;
      expect(new Set(requests.map((r) => r.method))).toEqual(new Set(['GET']));
      expect(output).toContain(`with ${requests.length} GET requests`);
      const paths = requests.map((r) => r.path);
      expect(paths).toEqual(
        expect.arrayContaining(['/groups', '/nearby', '/computer/123456/actions', '/computer/123456/RDP_3390/credentials']),
      );
      const state = (await server.state()) as any;
      const fixture = await readJson(file);
      const ids = (list: unknown) => Object.values(list as object).map((item: any) => item.id ?? item.uid);
      expect(fixture.groups.map((g: any) => g.group_uid).sort()).toEqual(ids(state.groups).sort());
      expect(fixture.connections.map((c: any) => c.uid).sort()).toEqual(ids(state.connections).sort());
      expect(fixture.computers.map((c: any) => c.computer_id).sort()).toEqual(ids(state.computers).sort());
      expect(fixture.nearby).toHaveLength(3);
      expect(fixture.computers.find((c: any) => c.computer_id === '123456').connections).toMatchObject({
        VNC: { settings: { color_depth: 16 }, credentials: { 'vnc.password': expect.stringMatching(/^placeholder-/) } },
        RDP_3390: { credentials: { 'rdp.username': expect.any(String) } },
      });
      // Passwords become placeholders; usernames and domains stay; no secret is printed.
      const secrets = passwordsIn(state);
      expect(secrets.length).toBeGreaterThan(5);
      const text = await readFile(file, 'utf8');
      for (const secret of secrets) {
        expect(text).not.toContain(`"${secret}"`);
        expect(output).not.toContain(secret);
      }
      expect(passwordsIn(fixture).every((p) => /^placeholder-[0-9a-f]{12}$/.test(p))).toBe(true);
      expect(text).toContain('"rdp.username": "accueil"');
      expect(text).toContain('"rdp.domain": "LYON"');
    } finally {
      await server.close();
    }
  }, 60_000);

  it('copies passwords with --include-secrets, and warns on stderr without printing one', async () => {
    const server = await startPythonRemotix(['--preset', 'bare']);
    const file = join(dir, 'with-secrets.json');
    try {
      const { code, output } = await capture('--url', server.url, '--out', file, '--include-secrets');
      expect(code, output).toBe(0);
      expect(output).toMatch(/WARNING: --include-secrets: .* holds the target's passwords in clear/);
      const fixture = await readJson(file);
      const atlas = fixture.computers.find((c: any) => c.computer_id === '123456');
      expect(atlas.connections.VNC.credentials).toEqual({ password: 'vnc-atlas' });
      for (const secret of passwordsIn(await server.state())) expect(output).not.toContain(secret);
      // This preset has no read of a connection's credentials: they cannot be captured, and the output says so.
      expect(output).toContain('credentials not readable');
      expect(fixture.connections.every((c: any) => c.credentials === undefined)).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('remotix-contract capture on a command line it cannot use', () => {
  it('says in one line what to do when nothing answers at the URL, and exits 2', async () => {
    const port = await closedPort();
    const { code, output } = await capture('--url', `http://127.0.0.1:${port}`, '--out', join(dir, 'never.json'));
    expect(code).toBe(2);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(/nothing listens at http:\/\/127\.0\.0\.1:\d+: start the server, or check --url/);
  });

  it.each([
    [['--out', 'x.json'], /needs --url/],
    [['--url', 'http://127.0.0.1:9'], /needs --out/],
    [['--url', 'ftp://example.com', '--out', 'x.json'], /--url must be an http:\/\/ URL/],
    [['--url', 'http://127.0.0.1:9', '--out', 'x.json', '--allow-writes'], /Unknown option '--allow-writes'/],
  ])('refuses %j with exit 2 and the capture usage', async (args, message) => {
    const { code, output } = await capture(...args);
    expect(code).toBe(2);
    expect(output).toMatch(message);
    expect(output).toContain('remotix-contract capture --url <http://host:port> --out <file>');
  });

  it('documents itself under --help, and the kit names it in its own usage', async () => {
    const own = await capture('--help');
    expect(own.code).toBe(0);
    for (const flag of ['--url', '--out', '--include-secrets', '--timeout', 'GET requests only']) expect(own.output).toContain(flag);
    const kit = await runKitBin(['--help']);
    expect(kit.output).toContain('remotix-contract capture --url <url> --out <file>');
  });
});

/** A port nothing listens on: one the OS gave and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
