import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runKitBin, spawnKit } from './kit-bin.js';
import { useKitFixture } from './kit-fixture.js';

const setUp = useKitFixture();

describe('the remotix-contract command', () => {
  it('prints its usage with --help', async () => {
    const { code, output } = await runKitBin(['--help']);
    expect(code).toBe(0);
    expect(output).toContain('remotix-contract cleanup --run <id>');
    expect(output).toContain('--allow-writes');
  });

  it.each([
    [['--allow-everything'], "Unknown option '--allow-everything'"],
    [['--allow-computer-delete'], '--allow-computer-delete needs --computer <id>'],
    [['--url', 'ftp://host'], '--url must be an http:// URL'],
    [['cleanup'], 'cleanup needs --run <id>'],
    [['cleanup', '--run', 'rc-nowhere', '--report-dir', '/nonexistent'], 'no run log at /nonexistent/runs/rc-nowhere.jsonl'],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, output } = await runKitBin(args);
    expect(code).toBe(2);
    expect(output).toContain(message);
  });

  it('aims at REMOTIX_URL, reads only, and exits 0 with a partial verdict', async () => {
    const { mock, proxy, reportDir } = await setUp();
    const { code, output } = await runKitBin(['--report-dir', reportDir, '--label', 'mock via env'], { REMOTIX_URL: mock.url });
    expect(output).toContain(`target: ${mock.url} (remotix-mock)`);
    expect(output).toContain('PASS (partial): NOT a full compatibility verdict');
    expect(code).toBe(0);
    expect(proxy.requests).toEqual([]);
  });

  it('exits 1 when the target breaks the contract', async () => {
    const { proxy, reportDir } = await setUp({ deviation: { kind: 'server-error', match: { method: 'GET', path: /^\/nearby$/ } } });
    const { code, output } = await runKitBin(['--url', proxy.url, '--report-dir', reportDir]);
    expect(output).toContain('listNearby not-a-server-error: GET /nearby → 500');
    expect(output).toContain('FAIL:');
    expect(code).toBe(1);
  });
});

describe('the mock the kit starts itself', () => {
  it('does not outlive a kit killed with SIGKILL', async () => {
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-orphan-'));
    onTestFinished(() => rm(reportDir, { recursive: true, force: true }));
    const kit = spawnKit(['--report-dir', reportDir]);
    const url = await new Promise<string>((resolve, reject) => {
      kit.child.stdout!.on('data', () => {
        const match = /target: (http:\/\/\S+)/.exec(kit.output());
        if (match) resolve(match[1]!);
      });
      kit.exited.then(() => reject(new Error(kit.output())));
    });
    expect((await fetch(`${url}/__admin/health`)).status).toBe(200);
    kit.child.kill('SIGKILL');
    await kit.exited;
    await expect
      .poll(
        () =>
          fetch(`${url}/__admin/health`).then(
            () => 'up',
            () => 'gone',
          ),
        { timeout: 5_000 },
      )
      .toBe('gone');
  });
});
