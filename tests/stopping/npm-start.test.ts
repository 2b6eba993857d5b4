import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { answers, type RunningCommand, spawnCommand } from '../helpers/spawn-command.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const running: RunningCommand[] = [];
afterEach(() => {
  for (const command of running.splice(0)) command.killGroup();
});

describe('npm start', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops the mock on %s sent to npm alone: npm exits 0 and the port is free', async (signal) => {
    const npm = spawnCommand('npm', ['start', '--', '--port', '0'], { cwd: ROOT });
    running.push(npm);
    const [, url] = await npm.waitFor(/listening on (http:\/\/\S+)/);
    expect(await answers(url!)).toBe(true);
    npm.child.kill(signal);
    expect(await npm.exited).toBe(0);
    expect(npm.output()).toContain(`remotix-mock: ${signal}, finishing requests in flight`);
    expect(npm.output()).toContain('remotix-mock: stopped');
    expect(await answers(url!)).toBe(false);
  });
});
