import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** What /proc says of a process: enough to tell it is still the same one, and alive. */
interface ProcessStat {
  ppid: number;
  state: string;
  startTime: string;
}

const SHELLS = new Set(['sh', 'dash', 'bash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);

/**
 * npm runs scripts and `npx` commands as `sh -c "<command>"`, and passes SIGTERM and SIGINT on to that shell
 * only (@npmcli/run-script's signal manager). Where /bin/sh is dash (Debian, Ubuntu, the node images), the
 * shell does not replace itself with the command: it dies of the signal, npm exits with it, and the command
 * is left running. So when npm started this process through a shell, the end of that npm process counts as
 * the signal: `onGone` is called once it has ended. Linux only (it reads /proc); on the systems whose
 * /bin/sh is bash, the shell replaces itself with the command and the signal arrives as it should.
 */
export function watchNpmLauncher(onGone: () => void, env: Record<string, string | undefined> = process.env, everyMs = 200): void {
  if (env.npm_lifecycle_event === undefined || !isShell(process.ppid)) return;
  const shell = readStat(process.ppid);
  const npmPid = shell?.ppid;
  const npm = npmPid === undefined ? undefined : readStat(npmPid);
  if (npmPid === undefined || !npm) return;
  const timer = setInterval(() => {
    const now = readStat(npmPid);
    if (now && now.state !== 'Z' && now.startTime === npm.startTime) return;
    clearInterval(timer);
    onGone();
  }, everyMs);
  timer.unref();
}

function isShell(pid: number): boolean {
  const [program, flag] = readProc(pid, 'cmdline')?.split('\0') ?? [];
  return program !== undefined && SHELLS.has(basename(program)) && flag === '-c';
}

/** /proc/PID/stat: `pid (comm) state ppid …`, the start time 22nd; comm may hold spaces and parentheses. */
function readStat(pid: number): ProcessStat | undefined {
  const text = readProc(pid, 'stat');
  const fields = text?.slice(text.lastIndexOf(')') + 2).split(' ');
  if (!fields || fields.length < 20) return undefined;
  return { state: fields[0]!, ppid: Number(fields[1]), startTime: fields[19]! };
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}
