import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { runKitBin } from '../contract-kit/kit-bin.js';

const SERVER = fileURLToPath(new URL('./python/server.py', import.meta.url));

/** The independent Remotix (Python, written from the reference only), started black-box on a free port. */
export interface PythonRemotix {
  url: string;
  /** Its whole stored state, from its debug route. */
  state(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startPythonRemotix(args: readonly string[]): Promise<PythonRemotix> {
  const child: ChildProcess = spawn('python3', [SERVER, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  let output = '';
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server printed no port within 10 s:\n${output}`)), 10_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^LISTENING (\d+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    exited.then(() => reject(new Error(`the server exited before listening:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    state: async () => (await (await fetch(`${url}/__independent/state`)).json()) as Record<string, unknown>,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface KitRunAgainst {
  server: PythonRemotix;
  code: number | string;
  output: string;
  report: KitReportJson;
  reportDir: string;
}

/** report.json as a test reads it. */
export interface KitReportJson {
  runId: string;
  verdict: { passed: boolean; full: boolean; headline: string };
  results: Array<{ scenario: string; operationId: string | null; check: string; outcome: string; source: string; message: string }>;
  learned: any;
  cleanup: { complete: boolean; statement: string; done: string[]; failed: string[] };
  snapshot: { compared: boolean; differences: string[] };
  scenarios: Array<{ id: string; ran: boolean; stopped: boolean }>;
  operations: Array<{ operationId: string; result: string; detail: string }>;
  coverage: { operations: { exercised: number; total: number; onlyErrors: string[] } };
  [key: string]: unknown;
}

export const EVERY_FLAG = ['--allow-writes', '--allow-actions', '--allow-negative', '--allow-computer-delete', '--computer', '123456'];

/**
 * For a test file: `judge(serverArgs, kitFlags)` starts the server, runs the built `remotix-contract` bin
 * against it and reads its report; the server and the report folder are removed after each test.
 */
export function useIndependentRemotix(): (serverArgs: readonly string[], kitFlags?: readonly string[]) => Promise<KitRunAgainst> {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async (serverArgs, kitFlags = EVERY_FLAG) => {
    const server = await startPythonRemotix(serverArgs);
    cleanups.push(() => server.close());
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-indie-'));
    cleanups.push(() => rm(reportDir, { recursive: true, force: true }));
    const { code, output } = await runKitBin(['--url', server.url, '--report-dir', reportDir, ...kitFlags]);
    const report = JSON.parse(await readFile(join(reportDir, 'report.json'), 'utf8')) as KitReportJson;
    return { server, code, output, report, reportDir };
  };
}

/** Every fail of a report, one line each. */
export function failures(report: KitReportJson): string[] {
  return report.results.filter((r) => r.outcome === 'fail').map((r) => `${r.operationId ?? 'run'} ${r.check} (${r.source}): ${r.message}`);
}
