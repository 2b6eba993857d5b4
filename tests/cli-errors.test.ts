import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KIT_BIN } from './contract-kit/kit-bin.js';
import { run } from './helpers/run.js';
import { BIN } from './helpers/spawn-bin.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const mock = (args: string[], env: NodeJS.ProcessEnv = {}) => run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
/** One line on stderr, naming the program, and no stack trace. */
const oneLine = (stderr: string) => {
  expect(stderr).not.toMatch(/^\s+at /m);
  return stderr.trim().split('\n')[0];
};

async function occupiedPort(): Promise<number> {
  const server: Server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as { port: number }).port;
}

describe('the operating errors of remotix-mock: one line that says what to do, exit code 1', () => {
  it('a port in use suggests another port and 0 for a free one', async () => {
    const port = await occupiedPort();
    const { code, stderr } = await mock(['--port', String(port)]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `remotix-mock: 127.0.0.1:${port} is already in use (another remotix-mock?): stop what listens there, or give another --port (0 picks a free port)`,
    );
  });

  it('an address that is not this machine’s', async () => {
    const { code, stderr } = await mock(['--host', '192.0.2.1', '--port', '0']);
    expect(code).toBe(1);
    expect(oneLine(stderr)).toBe(
      'remotix-mock: --host 192.0.2.1 is not an address of this machine: give 127.0.0.1 (this machine only), 0.0.0.0 (every network interface) or one of its own addresses',
    );
  });

  it('a host name that does not resolve, named by the variable it came from', async () => {
    const { code, stderr } = await mock([], { HOST: 'no-such-host.invalid', PORT: '0' });
    expect(code).toBe(1);
    expect(oneLine(stderr)).toMatch(/^remotix-mock: HOST no-such-host\.invalid: no such host name \(E[A-Z_]+\): give an IP address/);
  });
});

describe('the usage errors of remotix-mock: exit code 2, the value named as the user gave it', () => {
  it.each([
    [['--port', 'abc'], {}, '--port must be a whole number from 0 to 65535, not abc'],
    [[], { PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, not abc'],
    [[], { REMOTIX_MOCK_LATENCY: 'soon' }, 'REMOTIX_MOCK_LATENCY takes MS or MIN-MAX in milliseconds, not soon'],
    [[], { REMOTIX_MOCK_LOG: 'loud' }, 'REMOTIX_MOCK_LOG takes text, json or off, not loud'],
    [[], { REMOTIX_MOCK_TOKEN: 'short' }, 'REMOTIX_MOCK_TOKEN must be 8 to 512 visible ASCII characters'],
    [['--latency', 'soon'], {}, '--latency takes MS or MIN-MAX in milliseconds, not soon'],
    [[], { REMOTIX_MOCK_NO_ADMIN: 'yes' }, 'REMOTIX_MOCK_NO_ADMIN takes 1 or true (0, false or empty for off), not yes'],
  ])('%j %j: %s', async (args, env, message) => {
    const { code, stderr } = await mock(args, env);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toBe(`remotix-mock: ${message}`);
    expect(stderr).toContain('Usage: remotix-mock');
  });
});

describe('remotix-contract and a target that does not answer', () => {
  it('says so in one line, with exit code 2', async () => {
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-unreachable-'));
    cleanups.push(() => rm(reportDir, { recursive: true, force: true }));
    const { code, stdout, stderr } = await run(process.execPath, [KIT_BIN, '--url', 'http://127.0.0.1:1', '--report-dir', reportDir]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^remotix-contract: run rc-/);
    expect(oneLine(stderr)).toBe(
      'remotix-contract: nothing listens at http://127.0.0.1:1: start the server, or check --url (or REMOTIX_URL)',
    );
  });

  it('names an unknown host', async () => {
    const { code, stderr } = await run(process.execPath, [
      KIT_BIN,
      '--url',
      'http://no-such-host.invalid:8080',
      '--report-dir',
      '/tmp/unused',
    ]);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toMatch(
      /^remotix-contract: the host of http:\/\/no-such-host\.invalid:8080 is not known \(E[A-Z_]+\): check --url/,
    );
  });
});

describe('--fixtures', () => {
  it('refuses a value that names no file and no packaged dataset, with exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'remotix-no-fixture-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'unrelated.json'), '{}');
    const { code, stderr } = await run(process.execPath, [BIN, '--fixtures', join(dir, 'missing.json')]);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toBe(
      `remotix-mock: --fixtures names no file and no packaged dataset: ${join(dir, 'missing.json')} (packaged: default)`,
    );
  });
});
