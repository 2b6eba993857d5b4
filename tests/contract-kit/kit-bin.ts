import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The built `remotix-contract` bin. */
export const KIT_BIN = fileURLToPath(new URL('../../dist/contract-tests/bin.js', import.meta.url));

export interface RunningKit {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<number | string>;
}

/** Starts the bin without waiting for it (the server under test lives in this process: never spawnSync). */
export function spawnKit(args: readonly string[], env: NodeJS.ProcessEnv = {}): RunningKit {
  const child = spawn(process.execPath, [KIT_BIN, ...args], {
    env: { ...process.env, REMOTIX_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  return { child, output: () => output, exited };
}

/** Runs the bin to its end. */
export async function runKitBin(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | string; output: string }> {
  const kit = spawnKit(args, env);
  const code = await kit.exited;
  return { code, output: kit.output() };
}
