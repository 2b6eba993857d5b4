import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { keepForLeakCheck } from './spawn-bin.js';

export interface RunningCommand {
  child: ChildProcess;
  output: () => string;
  /**
   * Resolves with the first match of `pattern` in the output (stdout and stderr); rejects once the output has
   * ended without it (when every process holding the pipes, the command's orphans too, has closed them).
   */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
  /** Resolves with the exit code, or the signal's name. */
  exited: Promise<number | string>;
  /** SIGKILL to the command's process group: it and whatever it started, even orphaned. */
  killGroup: () => void;
}

/**
 * Starts a command (npm, npx, a bin) without waiting for it: the tests' own servers live in this process.
 * It leads a process group of its own, so that `killGroup` also ends what it leaves behind.
 */
export function spawnCommand(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): RunningCommand {
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const waiting = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiting) check();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const ended = once(child, 'close').then(() => keepForLeakCheck(output));
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      const check = () => {
        const match = pattern.exec(output);
        if (match) done(undefined, match);
      };
      const done = (error?: Error, match?: RegExpExecArray) => {
        clearTimeout(timer);
        waiting.delete(check);
        if (error) reject(error);
        else resolve(match!);
      };
      waiting.add(check);
      ended.then(() => done(new Error(`the output ended before ${pattern}:\n${output}`)));
      check();
    });
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  };
  return { child, output: () => output, waitFor, exited, killGroup };
}

/** Whether something accepts TCP connections at `url` now. */
export async function answers(url: string): Promise<boolean> {
  return fetch(`${url}/__admin/health`).then(
    () => true,
    () => false,
  );
}
