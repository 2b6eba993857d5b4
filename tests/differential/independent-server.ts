import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const SERVER = fileURLToPath(new URL('../independent-remotix/python/server.py', import.meta.url));

/** Whether python3 (3.11 or later, as the independent server needs) is on PATH. */
export function hasPython(): boolean {
  const probe = spawnSync('python3', ['-c', 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)']);
  return probe.status === 0;
}

export interface IndependentServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the independent Python Remotix with a preset, on a free port, and waits for its `LISTENING` line. */
export async function startIndependent(preset: string): Promise<IndependentServer> {
  const child: ChildProcess = spawn('python3', [SERVER, '--port', '0', '--preset', preset], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the independent server printed no LISTENING line:\n${output}`)), 15_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /LISTENING (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the independent server exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
