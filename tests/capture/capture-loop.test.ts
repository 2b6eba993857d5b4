import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKitBin } from '../contract-kit/kit-bin.js';
import { hasPython, type IndependentServer, startIndependent } from '../differential/independent-server.js';
import { PRESETS } from '../differential/presets.js';
import { runBoth } from '../differential/run-both.js';
import { type RunningBin, spawnBin } from '../helpers/spawn-bin.js';
import { EVERY_FLAG, type KitReportJson } from '../independent-remotix/python-remotix.js';
import { differingVerdicts } from './kit-verdicts.js';

const python = hasPython();
if (!python) console.warn('capture loop test SKIPPED: python3 (3.11 or later) is not on PATH');

/** Three legal presets far apart: bare arrays and integer ids; envelopes, maps and hex ids; `{data: []}`, UUIDs and plain-text errors. */
const LOOP = PRESETS.filter((preset) => ['bare', 'wrapped-other', 'loose'].includes(preset.name));

/** The dialect the mock serves: the one the kit's run against the independent server wrote, never a hand-written one. */
const dialectFor = (reportDir: string) => join(reportDir, 'dialect.json');

async function kitRun(url: string, reportDir: string): Promise<KitReportJson> {
  const { output } = await runKitBin(['--url', url, '--report-dir', reportDir, ...EVERY_FLAG]);
  try {
    return JSON.parse(await readFile(join(reportDir, 'report.json'), 'utf8')) as KitReportJson;
  } catch {
    throw new Error(`the kit wrote no report:\n${output}`);
  }
}

/**
 * The whole loop on a server that is not the mock: capture the independent Remotix, run the kit against
 * it, serve the captured fixture with the dialect, and check that the mock answers one scripted sequence as
 * a fresh independent server does, and that the kit judges the mock as it judged the independent server.
 */
describe.skipIf(!python).each(LOOP)('the loop on the independent Remotix, preset $name', (preset) => {
  let dir: string;
  let onIndependent: KitReportJson;
  let mock: RunningBin;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `remotix-loop-${preset.name}-`));
    const target = await startIndependent(preset.name);
    try {
      const captured = await runKitBin(['capture', '--url', target.url, '--out', join(dir, 'captured.json'), '--include-secrets']);
      expect(captured.code, captured.output).toBe(0);
      // The kit's run cleans up after itself: the capture and the run see the same seed data.
      onIndependent = await kitRun(target.url, join(dir, 'learn'));
    } finally {
      await target.close();
    }
    const dialect = dialectFor(join(dir, 'learn'));
    // A dialect compiles its validators at start-up: on a loaded machine that takes more than the usual 10 s.
    mock = await spawnBin(['--port', '0', '--seed', '1', '--fixtures', join(dir, 'captured.json'), '--dialect', dialect], {}, 60_000);
  }, 180_000);
  afterAll(async () => {
    mock?.child.kill('SIGTERM');
    await mock?.exited;
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the scripted sequence as a fresh independent server does', async () => {
    let fresh: IndependentServer | undefined;
    try {
      fresh = await startIndependent(preset.name);
      expect(await runBoth(fresh.url, mock.url, preset.roles)).toEqual([]);
    } finally {
      await fresh?.close();
    }
  }, 120_000);

  it('is judged by the kit check by check as the independent server was', async () => {
    await fetch(`${mock.url}/__admin/reset`, { method: 'POST' });
    const onMock = await kitRun(mock.url, join(dir, 'judge-mock'));
    expect(onMock.results.length).toBeGreaterThan(300);
    expect(differingVerdicts(onIndependent, onMock)).toEqual([]);
  }, 120_000);
});
