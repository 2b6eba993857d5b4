import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestMatch } from './deviations.js';
import { type RunningKit, runKitBin, spawnKit } from './kit-bin.js';
import { useKitFixture } from './kit-fixture.js';
import { readState } from './read-state.js';

const setUp = useKitFixture();
const running: RunningKit[] = [];
afterEach(() => {
  for (const kit of running.splice(0)) kit.child.kill('SIGKILL');
});

/** Starts the bin against the proxy, and resolves once the proxy holds the request `hold` (forwarded, unanswered). */
async function startAndHold(hold: RequestMatch, flags: string[], runId: string) {
  const fixture = await setUp({ hideAdmin: true, hold });
  const before = await readState(fixture.mock.url);
  const kit = spawnKit(['--url', fixture.proxy.url, '--run-id', runId, '--report-dir', fixture.reportDir, ...flags]);
  running.push(kit);
  await Promise.race([fixture.proxy.held, kit.exited.then(() => Promise.reject(new Error(`the kit ended first:\n${kit.output()}`)))]);
  return { ...fixture, before, kit };
}

describe('cleanup of an interrupted run', () => {
  it("after a kill during a create whose answer never came, finds the run's items by name and removes them", async () => {
    const runId = 'rc-test-killed-create';
    const { mock, reportDir, before, kit } = await startAndHold({ method: 'PUT', path: /^\/connection\/$/ }, ['--allow-writes'], runId);
    kit.child.kill('SIGKILL');
    expect(await kit.exited).toBe('SIGKILL');
    expect(await readState(mock.url)).not.toEqual(before);
    const cleanup = await runKitBin(['cleanup', '--run', runId, '--report-dir', reportDir]);
    expect(cleanup.output).toContain('cleanup complete');
    expect(cleanup.output).toMatch(/done: DELETE \/connection\/[0-9A-F]{4}-[0-9A-F]{4}/);
    expect(cleanup.code).toBe(0);
    expect(await readState(mock.url)).toEqual(before);
    const log = await readFile(join(reportDir, 'runs', `${runId}.jsonl`), 'utf8');
    expect(log.trim().split('\n').at(-1)).toContain('"type":"finished","complete":true');
  });

  it('after a kill during a change of the --computer, puts the computer back', async () => {
    const runId = 'rc-test-killed-computer';
    const hold = { method: 'PUT', path: /^\/computer\/123456\/VNC$/ };
    const { mock, reportDir, before, kit } = await startAndHold(hold, ['--allow-writes', '--computer', '123456'], runId);
    kit.child.kill('SIGKILL');
    await kit.exited;
    expect(((await readState(mock.url)) as any).computers['123456'].details.VNC.settings.body.quality).toBe('low');
    const cleanup = await runKitBin(['cleanup', '--run', runId, '--report-dir', reportDir]);
    expect(cleanup.output).toContain('done: PUT /computer/123456/VNC');
    expect(cleanup.code).toBe(0);
    expect(await readState(mock.url)).toEqual(before);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s, abandons the request in flight, cleans up, writes the reports and exits %i', async (signal, code) => {
    const { mock, reportDir, before, kit } = await startAndHold(
      { method: 'PUT', path: /^\/connection\/$/ },
      ['--allow-writes'],
      `rc-test-${signal}`,
    );
    kit.child.kill(signal);
    expect(await kit.exited).toBe(code);
    expect(kit.output()).toContain(`${signal}: cleaning up`);
    expect(await readState(mock.url)).toEqual(before);
    const report = JSON.parse(await readFile(join(reportDir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ interrupted: signal, verdict: { passed: false }, cleanup: { complete: true } });
    expect(await readFile(join(reportDir, 'report.md'), 'utf8')).toContain(`the run was interrupted (${signal})`);
  });

  it('has nothing left to do after a run that finished', async () => {
    const { proxy, reportDir } = await setUp({ hideAdmin: true });
    const run = await runKitBin(['--url', proxy.url, '--run-id', 'rc-test-finished', '--report-dir', reportDir, '--allow-writes']);
    expect(run.code).toBe(0);
    const cleanup = await runKitBin(['cleanup', '--run', 'rc-test-finished', '--report-dir', reportDir]);
    expect(cleanup.code).toBe(0);
    expect(cleanup.output).not.toContain('done:');
    expect(cleanup.output).toContain('cleanup complete');
  });
});
