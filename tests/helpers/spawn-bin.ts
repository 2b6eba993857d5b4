import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/bundle/bin.mjs', import.meta.url));

export interface RunningBin {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** With REMOTIX_LEAK_CHECK_DIR set (scripts/check-secret-leaks.sh), a bin's whole output is kept there. */
export function keepForLeakCheck(output: string): void {
  const dir = process.env.REMOTIX_LEAK_CHECK_DIR;
  if (dir) appendFileSync(join(dir, `bin-output-${process.pid}.log`), output);
}

/** Starts the built `remotix-mock` bin and waits for the URL it prints. */
export async function spawnBin(args: readonly string[], env: NodeJS.ProcessEnv = {}, startTimeoutMs = 10_000): Promise<RunningBin> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => {
    keepForLeakCheck(output);
    return code as number | null;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), startTimeoutMs);
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    exited.then(() => reject(new Error(`exited before listening:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}
