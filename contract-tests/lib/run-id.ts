import { randomBytes } from 'node:crypto';

/** `rc-20261125183402-3f9a`: sortable, unique enough, and a safe part of a resource name. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `rc-${stamp}-${randomBytes(2).toString('hex')}`;
}

/** The name of a resource this run creates: it carries the run id, so cleanup can find it by name. */
export function runName(runId: string, label: string): string {
  return `${runId} ${label}`;
}

/** Whether a name (read from the target) belongs to the run. */
export function isRunName(runId: string, name: unknown): boolean {
  return typeof name === 'string' && (name === runId || name.startsWith(`${runId} `));
}
