import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runKitBin } from '../contract-kit/kit-bin.js';
import { EVERY_FLAG, failures, startPythonRemotix, useIndependentRemotix } from './python-remotix.js';

const judge = useIndependentRemotix();
const ALL_BUT_DELETE = EVERY_FLAG.filter((flag) => flag !== '--allow-computer-delete');

/**
 * The stored state, without the two journals a run must grow (accepted ACTIONs, the ids it deleted) and the
 * times the server rewrites on every change, a change that puts a value back included.
 */
function stored(state: Record<string, unknown>): unknown {
  const { actions_log: _actions, gone: _gone, ...rest } = state;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !TIMES.has(key))
        .map(([key, item]) => [key, strip(item)]),
    );
  };
  return strip(rest);
}
const TIMES = new Set(['created_at', 'updated_at', 'last_connected_at']);

/**
 * A lenient target applies what the mock refuses: a create with an unknown key, an update with an unknown
 * setting beside a valid one, a query string, an ACTION with a body. Every request that may change the
 * --computer is logged before it is sent and put back, so the whole state, settings and credentials
 * included, reads as before; `extras=none` leaves out the timestamps a server rewrites on every change.
 */
const LENIENT: Array<[string, string[]]> = [
  ['default (unknown settings stored, unknown keys ignored, a group delete cascades)', ['--preset', 'default']],
  ['loose (unknown settings ignored, any credential key, new connections put into the first group)', ['--preset', 'loose']],
];

describe('the contract kit with every flag against a lenient independent Remotix', () => {
  it.each(LENIENT)('leaves it exactly as it was: %s', async (_, preset) => {
    const args = [...preset, '--choice', 'extras=none', '--choice', 'missing_computer_connection_put=create'];
    const server = await startPythonRemotix(args);
    onTestFinished(() => server.close());
    const before = await server.state();
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-trace-'));
    onTestFinished(() => rm(reportDir, { recursive: true, force: true }));
    const { code, output } = await runKitBin(['--url', server.url, '--report-dir', reportDir, ...ALL_BUT_DELETE]);
    expect(code, output).toBe(0);
    expect(stored(await server.state())).toEqual(stored(before));
    expect(output).toMatch(
      /cleanup: complete, .*nothing of the run is left: the list of groups and the items of \d+ group\(s\) were read again/,
    );
    expect(output).toContain('snapshot: before and after match');
  });

  it('puts back a negative-test write the target applied, which it logged before sending', async () => {
    const { report, reportDir } = await judge(['--preset', 'default', '--choice', 'extras=none'], ALL_BUT_DELETE);
    expect(failures(report)).toEqual([]);
    expect(report.learned.policies['unknown-setting-key']).toMatchObject({ status: 'observed', outcome: 'stored', httpStatus: 200 });
    const log = await readFile(join(reportDir, 'runs', `${report.runId}.jsonl`), 'utf8');
    const lines = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toContainEqual(expect.objectContaining({ type: 'changing-computer-connection', computer: '123456' }));
  });

  it('after deleting the computer, expects its absence everywhere and judges nothing else changed', async () => {
    const server = await startPythonRemotix(['--preset', 'bare']);
    onTestFinished(() => server.close());
    const before = await server.state();
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-trace-'));
    onTestFinished(() => rm(reportDir, { recursive: true, force: true }));
    const { code, output } = await runKitBin(['--url', server.url, '--report-dir', reportDir, ...EVERY_FLAG]);
    expect(code, output).toBe(0);
    const kept = { ...before, computers: (before.computers as Array<{ id: string }>).filter((c) => c.id !== '123456') };
    expect(stored(await server.state())).toEqual(stored(kept));
    expect(output).toContain('computer 123456 was deleted by the run, as allowed');
  });
});

describe('remotix-contract cleanup against an independent Remotix', () => {
  it('counts any 4xx to a delete of something no longer listed as gone', async () => {
    // status_unknown_id=400: the target answers 400, not 404, for an id that names nothing.
    const server = await startPythonRemotix(['--preset', 'wrapped-other']);
    onTestFinished(() => server.close());
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-cleanup-'));
    onTestFinished(() => rm(reportDir, { recursive: true, force: true }));
    const runId = 'rc-test-gone-already';
    const at = new Date().toISOString();
    const entries = [
      { type: 'run', runId, url: server.url, startedByKit: false, at },
      { type: 'created', kind: 'group', id: 'ffffffffffffffffffffffff', name: `${runId} group`, at },
      { type: 'created', kind: 'connection', id: 'eeeeeeeeeeeeeeeeeeeeeeee', name: `${runId} connection`, at },
    ];
    await mkdir(join(reportDir, 'runs'), { recursive: true });
    await writeFile(join(reportDir, 'runs', `${runId}.jsonl`), `${entries.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const { code, output } = await runKitBin(['cleanup', '--run', runId, '--report-dir', reportDir]);
    expect(output).toContain('cleanup complete: nothing of the run is left');
    expect(output).not.toContain('FAILED');
    expect(code).toBe(0);
  });
});
