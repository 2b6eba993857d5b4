import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createHttpClient } from './http-client.js';
import { MOCK_BIN } from './package-files.js';

export interface Target {
  url: string;
  /** The kit spawned the mock itself: it may do everything, and stops it at the end. */
  startedByKit: boolean;
  /** The target is remotix-mock (started by the kit, or `GET /__admin/health` answers `{"status":"ok"}`). */
  isMock: boolean;
  stop(): Promise<void>;
}

/** Aims at `url`, or starts the built mock black-box on a free port when there is none. */
export async function startTarget(url: string | undefined, timeoutMs: number): Promise<Target> {
  if (url === undefined) return spawnMock();
  return { url, startedByKit: false, isMock: await answersAsMock(url, timeoutMs), stop: async () => undefined };
}

/** remotix-mock answers `GET /__admin/health` with `{"status":"ok"}`; Remotix has no `/__admin`. */
export async function answersAsMock(url: string, timeoutMs: number): Promise<boolean> {
  const client = createHttpClient(url, timeoutMs);
  try {
    const response = await client.send({ method: 'GET', path: '/__admin/health' });
    return response.status === 200 && (response.body as { status?: unknown } | null)?.status === 'ok';
  } finally {
    client.close();
  }
}

const EXIT_WITH_PARENT = "data:text/javascript,process.stdin.on('end',()=>process.exit(0));process.stdin.resume();";

async function spawnMock(): Promise<Target> {
  if (!existsSync(MOCK_BIN)) throw new Error(`the mock is not built (${MOCK_BIN} is missing): run npm run build`);
  // The mock exits when its stdin closes, which the OS does when the kit dies, even by SIGKILL: no orphan.
  const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, MOCK_BIN, '--port', '0'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  const url = await readUrl(child, exited);
  return {
    url,
    startedByKit: true,
    isMock: true,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
    },
  };
}

function readUrl(child: ChildProcess, exited: Promise<unknown>): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the mock printed no URL within 10 s:\n${output}`));
    }, 10_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the mock exited before listening:\n${output}`));
    });
  });
}
