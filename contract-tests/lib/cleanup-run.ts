import { planCleanup } from './cleanup-plan.js';
import type { HttpClient } from './http-client.js';
import { listIn } from './read-helpers.js';
import { isRunName } from './run-id.js';
import type { RunLog, TimedEntry } from './run-log.js';

export interface CleanupReport {
  /** What was removed or put back, as `DELETE /group/…` lines. */
  done: string[];
  /** What could not be, with why. */
  failed: string[];
  complete: boolean;
}

type Step = { method: string; path: string; body?: unknown };

/**
 * Undoes a run from its log: puts the --computer back, deletes the connections the run added to it, then the
 * run's connections and groups: those whose ids were answered, and those found in the lists by the run id in
 * their names (a creation whose answer never came). Touches nothing else. Safe to repeat.
 */
export async function cleanupRun(client: HttpClient, entries: readonly TimedEntry[], runId: string, log?: RunLog): Promise<CleanupReport> {
  const plan = planCleanup(entries);
  const report: CleanupReport = { done: [], failed: [], complete: false };
  const steps: Step[] = [];
  for (const [computer, original] of plan.computers) steps.push({ method: 'PUT', path: `/computer/${enc(computer)}`, body: original });
  for (const [key, original] of plan.computerConnections)
    steps.push({ method: 'PUT', path: `/computer/${key.split('/').map(enc).join('/')}`, body: original });
  for (const key of plan.scratch) steps.push({ method: 'DELETE', path: `/computer/${key.split('/').map(enc).join('/')}` });
  await runSteps(client, steps, report);
  const found = await findByName(client, runId, report);
  const connections = new Set([...plan.connections, ...found.connections]);
  const groups = new Set([...plan.groups, ...found.groups]);
  await runSteps(
    client,
    [...connections].map((uid) => ({ method: 'DELETE', path: `/connection/${enc(uid)}` })),
    report,
  );
  await runSteps(
    client,
    [...groups].map((uid) => ({ method: 'DELETE', path: `/group/${enc(uid)}` })),
    report,
  );
  const left = await findByName(client, runId, report);
  for (const uid of left.connections) report.failed.push(`connection ${uid} of the run is still there`);
  for (const uid of left.groups) report.failed.push(`group ${uid} of the run is still there`);
  report.complete = report.failed.length === 0;
  await log?.append({ type: 'finished', complete: report.complete });
  return report;
}

async function runSteps(client: HttpClient, steps: readonly Step[], report: CleanupReport): Promise<void> {
  for (const step of steps) {
    const line = `${step.method} ${step.path}`;
    try {
      const response = await client.send(step);
      if (response.status === 200) report.done.push(line);
      else if (response.status !== 404) report.failed.push(`${line} answered ${response.status}`);
    } catch (error) {
      report.failed.push(`${line}: ${(error as Error).message}`);
    }
  }
}

/** The run's groups and connections, found by the run id in their names. */
async function findByName(client: HttpClient, runId: string, report: CleanupReport): Promise<{ groups: string[]; connections: string[] }> {
  const found = { groups: [] as string[], connections: [] as string[] };
  try {
    const groups = await client.send({ method: 'GET', path: '/groups' });
    for (const group of listIn(groups.body, 'groups')) {
      const uid = group.group_uid;
      if (typeof uid !== 'string') continue;
      if (isRunName(runId, group.name)) found.groups.push(uid);
      const items = await client.send({ method: 'GET', path: `/group/${enc(uid)}` });
      for (const connection of listIn(items.body, 'connections')) {
        if (isRunName(runId, connection.name) && typeof connection.uid === 'string') found.connections.push(connection.uid);
      }
    }
  } catch (error) {
    report.failed.push(`reading the lists to find the run's items: ${(error as Error).message}`);
  }
  return found;
}

const enc = encodeURIComponent;
