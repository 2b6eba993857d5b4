import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answers, type RunningCommand, spawnCommand } from '../helpers/spawn-command.js';
import { makeInstalledProject } from './installed-project.js';

/**
 * npm runs an npx command as `sh -c "…"` and passes SIGTERM and SIGINT to that shell only. dash (Debian's
 * /bin/sh) dies of it and npm exits with the signal; bash replaces itself with the command, which then gets
 * the signal, and npm exits with its code. Either way the bin must stop and free its port.
 */
const shIsDash = basename(realpathSync('/bin/sh')) === 'dash';
const BASH = ['/bin/bash', '/usr/bin/bash'].find((path) => existsSync(path));

let project: ReturnType<typeof makeInstalledProject>;
beforeAll(() => {
  project = makeInstalledProject();
});
afterAll(() => project.remove());
const running: RunningCommand[] = [];
afterEach(() => {
  for (const command of running.splice(0)) command.killGroup();
});

const npx = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const command = spawnCommand('npx', ['--no-install', ...args], { cwd: project.dir, env: { npm_config_script_shell: '', ...env } });
  running.push(command);
  return command;
};
const gone = (url: string) => expect.poll(() => answers(url), { timeout: 15_000 }).toBe(false);

describe('npx remotix-mock, the signal sent to the npx process alone', () => {
  it(`stops the mock on SIGTERM through /bin/sh (${shIsDash ? 'dash' : 'not dash'})`, async () => {
    const command = npx(['remotix-mock', '--port', '0', '--fixtures', 'default']);
    const [, url] = await command.waitFor(/listening on (http:\/\/\S+)/);
    expect(command.output()).toContain('the packaged dataset default');
    command.child.kill('SIGTERM');
    await command.waitFor(/remotix-mock: stopped/);
    await gone(url!);
    // npm's own exit: the signal that ended its shell (dash), or the mock's code (a shell that execs).
    expect(await command.exited).toBe(shIsDash ? 'SIGTERM' : 0);
  });

  it('stops the mock on SIGINT to the process group (Ctrl-C in a terminal)', async () => {
    const command = npx(['remotix-mock', '--port', '0']);
    const [, url] = await command.waitFor(/listening on (http:\/\/\S+)/);
    process.kill(-command.child.pid!, 'SIGINT');
    // dash, having seen SIGINT, ends itself with it once the mock has exited: npm then exits with SIGINT.
    expect(await command.exited).toBe(shIsDash ? 'SIGINT' : 0);
    expect(command.output()).toContain('remotix-mock: stopped');
    expect(await answers(url!)).toBe(false);
  });

  it.runIf(BASH)('exits 0 with the mock when the script shell replaces itself with the command (bash)', async () => {
    const command = npx(['remotix-mock', '--port', '0'], { npm_config_script_shell: BASH });
    const [, url] = await command.waitFor(/listening on (http:\/\/\S+)/);
    command.child.kill('SIGTERM');
    expect(await command.exited).toBe(0);
    expect(command.output()).toContain('remotix-mock: SIGTERM, finishing requests in flight');
    expect(await answers(url!)).toBe(false);
  });
});

describe('npx remotix-contract, SIGTERM sent to the npx process alone', () => {
  it('interrupts the run, cleans up, and stops the mock it started', async () => {
    const reportDir = mkdtempSync(join(tmpdir(), 'remotix-kit-npx-'));
    try {
      const command = npx(['remotix-contract', '--report-dir', reportDir]);
      const [, url] = await command.waitFor(/target: (http:\/\/\S+)/, 60_000);
      command.child.kill('SIGTERM');
      await command.waitFor(/^reports: /m, 60_000);
      expect(command.output()).toMatch(/remotix-contract: SIGTERM: cleaning up/);
      await gone(url!);
    } finally {
      rmSync(reportDir, { recursive: true, force: true });
    }
  });
});
