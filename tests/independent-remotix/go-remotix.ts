import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('./go', import.meta.url));

/** Whether Go is on PATH (CI installs Debian's golang-go; elsewhere the Go server's tests are skipped). */
export function hasGo(): boolean {
  return spawnSync('go', ['version']).status === 0;
}

/** Builds the independent Go Remotix (written apart from this project, from the reference only) once. */
export async function buildGoRemotix(): Promise<string> {
  const binary = join(await mkdtemp(join(tmpdir(), 'remotix-go-')), 'indieremotix');
  const built = spawnSync('go', ['build', '-o', binary, '.'], {
    cwd: SOURCE,
    env: { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' },
  });
  if (built.status !== 0) throw new Error(`go build failed:\n${built.stderr}`);
  return binary;
}

export interface GoRemotix {
  url: string;
  /** The cloud computer it names at start. */
  computer: string;
  close(): Promise<void>;
}

/** Starts the built server with a preset (and a break) on a free port; it prints `listening on URL computer ID`. */
export async function startGoRemotix(binary: string, args: readonly string[]): Promise<GoRemotix> {
  const child: ChildProcess = spawn(binary, ['--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  let output = '';
  const [url, computer] = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Go server printed no address within 10 s:\n${output}`)), 10_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^listening on (http:\/\/\S+) computer (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve([match[1]!, match[2]!]);
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    exited.then(() => reject(new Error(`the Go server exited before listening:\n${output}`)));
  });
  return {
    url,
    computer,
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
