import { execFile } from 'node:child_process';
import { keepForLeakCheck } from './spawn-bin.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program without blocking the event loop (the server under test lives in this process). */
export function run(
  file: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(file, args, { env: options.env ?? process.env, timeout: options.timeout ?? 15_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      keepForLeakCheck(`${stdout}${stderr}`);
      resolve({ code, stdout, stderr });
    });
  });
}
