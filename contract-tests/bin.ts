#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CaptureUsageError, captureUsage, parseCaptureArgs } from './lib/capture/parse-capture-args.js';
import { runCapture } from './lib/capture/run-capture.js';
import type { CheckResult } from './lib/check-result.js';
import { cleanupRun } from './lib/cleanup-run.js';
import { createHttpClient } from './lib/http-client.js';
import type { KitOptions } from './lib/kit-options.js';
import type { KitRun } from './lib/kit-run.js';
import { type CleanupOptions, parseCommandLine, UsageError, usage } from './lib/parse-command-line.js';
import { REPORT_FILES } from './lib/reports/write-reports.js';
import { runKit } from './lib/run-kit.js';
import { openRunLog, readRunLog, runLogPath } from './lib/run-log.js';
import type { Scenario } from './lib/scenarios/scenario.js';
import { SetUpError, unreachable } from './lib/unreachable.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The command line: the only place that reads argv and env, handles signals and sets the exit code. */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'capture') return captureCommand(argv.slice(1));
  const command = parseCommandLine(argv, process.env);
  if (command.command === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  return command.command === 'run' ? runCommand(command.options) : cleanupCommand(command.options);
}

async function runCommand(options: KitOptions): Promise<number> {
  let signal: NodeJS.Signals | undefined;
  const onCreated = (run: KitRun) => {
    print(`remotix-contract: run ${run.runId}`);
    const stop = (name: NodeJS.Signals) => {
      if (signal) process.exit(name === 'SIGINT' ? 130 : 143);
      signal = name;
      print(`remotix-contract: ${name}: cleaning up (again to exit at once; then: remotix-contract cleanup --run ${run.runId})`);
      run.interrupt(name);
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    watchNpmLauncher(() => {
      if (signal) return;
      print('remotix-contract: the npm process that started it has ended: as on SIGTERM');
      stop('SIGTERM');
    });
  };
  const onStarted = (run: KitRun) => {
    const { target, context } = run;
    const kind = target.startedByKit
      ? 'the mock, started by the kit'
      : target.isMock
        ? 'remotix-mock'
        : 'not the mock: assumed behaviour is reported, not failed';
    print(`target: ${target.url} (${kind})`);
    print(`may: read${[...context.granted].map((p) => `, ${p}`).join('')}${context.computer ? ` (computer ${context.computer})` : ''}`);
  };
  const report = await runKit(options, { onCreated, onStarted, onScenario: printScenario }).catch((error: unknown) => {
    throw unreachable(error, options.url);
  });
  const removed = report.cleanup.done.length > 0 ? `removed or put back what was left (${report.cleanup.done.length} requests); ` : '';
  print(
    `cleanup: ${report.cleanup.complete ? `complete, ${removed}${report.cleanup.statement}` : `INCOMPLETE: ${report.cleanup.failed.join('; ')}`}`,
  );
  if (report.snapshot.compared)
    print(
      `snapshot: ${report.snapshot.differences.length === 0 ? 'before and after match' : `CHANGED: ${report.snapshot.differences.slice(0, 5).join('; ')}`}`,
    );
  print('');
  print(report.verdict.headline);
  for (const reason of report.verdict.reasons) print(`  - ${reason}`);
  print(
    `reports: ${Object.values(REPORT_FILES)
      .map((f) => `${options.reportDir}/${f}`)
      .join(', ')}`,
  );
  if (signal) return signal === 'SIGINT' ? 130 : 143;
  return report.verdict.passed ? 0 : 1;
}

function printScenario(scenario: Scenario, results: readonly CheckResult[], missing: readonly string[]): void {
  if (missing.length > 0) {
    print(`  - ${scenario.title}: not run (needs ${missing.join(' ')})`);
    return;
  }
  const failed = results.filter((r) => r.outcome === 'fail');
  const differences = results.filter((r) => r.outcome === 'difference');
  const unchecked = results.filter((r) => r.outcome === 'could-not-check');
  const mark = failed.length > 0 ? '✗' : '✓';
  const extra = `${differences.length > 0 ? `, ${differences.length} observed differences` : ''}${unchecked.length > 0 ? `, ${unchecked.length} could not check` : ''}`;
  print(`  ${mark} ${scenario.title} (${results.length} checks${failed.length > 0 ? `, ${failed.length} failed` : ''}${extra})`);
  for (const result of failed.slice(0, 5)) print(`      ${result.operationId ?? 'run'} ${result.check}: ${result.message}`);
  for (const result of unchecked.slice(0, 3))
    print(`      could not check: ${result.operationId ?? 'run'} ${result.check}: ${result.message}`);
}

async function captureCommand(argv: readonly string[]): Promise<number> {
  const command = parseCaptureArgs(argv, process.env);
  if (command === 'help') {
    process.stdout.write(captureUsage());
    return 0;
  }
  return runCapture(command, { out: print, err: (line) => process.stderr.write(`${line}\n`) });
}

async function cleanupCommand(options: CleanupOptions): Promise<number> {
  const file = options.runLog ?? runLogPath(options.reportDir, options.runId);
  if (!existsSync(file)) throw new UsageError(`no run log at ${file} (give --report-dir or --run-log)`);
  const entries = await readRunLog(file);
  const head = entries.find((e) => e.type === 'run');
  if (head?.type !== 'run' || head.runId !== options.runId) throw new UsageError(`${file} is not the log of run ${options.runId}`);
  if (head.startedByKit && options.url === undefined) {
    print(`run ${options.runId} judged a mock the kit started, which stopped with it: nothing to clean up`);
    return 0;
  }
  const url = options.url ?? head.url;
  print(`remotix-contract cleanup: run ${options.runId} on ${url}`);
  const client = createHttpClient(url, options.timeoutMs);
  const log = await openRunLog(file);
  try {
    const report = await cleanupRun(client, entries, options.runId, log).catch((error: unknown) => {
      throw unreachable(error, url);
    });
    for (const line of report.done) print(`  done: ${line}`);
    for (const line of report.failed) print(`  FAILED: ${line}`);
    print(report.complete ? `cleanup complete: ${report.statement}` : 'cleanup INCOMPLETE');
    return report.complete ? 0 : 1;
  } finally {
    client.close();
    await log.close();
  }
}

/**
 * npm runs `npx remotix-contract` as `sh -c "…"` and passes SIGTERM and SIGINT on to that shell only. Where
 * /bin/sh is dash, the shell dies of it and leaves this process running: so when npm started it through a
 * shell, the end of that npm process counts as SIGTERM (Linux: read from /proc). The mock's bin does the same
 * (src/watch-npm-launcher.ts); the kit imports nothing from src/, so this is its own copy.
 */
function watchNpmLauncher(onGone: () => void): void {
  const proc = (pid: number, file: string) => {
    try {
      return readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch {
      return undefined;
    }
  };
  const stat = (pid: number) =>
    proc(pid, 'stat')
      ?.replace(/^.*\) /s, '')
      .split(' ');
  const [shell = '', flag] = proc(process.ppid, 'cmdline')?.split('\0') ?? [];
  if (process.env.npm_lifecycle_event === undefined || flag !== '-c' || !/^((ba|da|k|mk|z)?sh|ash|busybox)$/.test(basename(shell))) return;
  const npmPid = Number(stat(process.ppid)?.[1]);
  const started = stat(npmPid)?.[19];
  if (started === undefined) return;
  const timer = setInterval(() => {
    const now = stat(npmPid);
    if (now && now[0] !== 'Z' && now[19] === started) return;
    clearInterval(timer);
    onGone();
  }, 200);
  timer.unref();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usageError = error instanceof UsageError;
    const known = usageError || error instanceof SetUpError;
    process.stderr.write(`remotix-contract: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
    if (usageError) process.stderr.write(`\n${error instanceof CaptureUsageError ? captureUsage() : usage()}`);
    process.exit(2);
  },
);
