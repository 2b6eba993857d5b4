import { findRunItems, type Lists, leftovers, readLists, send, stillListed } from './cleanup-find.js';
import { type CleanupPlan, planCleanup } from './cleanup-plan.js';
import type { HttpClient } from './http-client.js';
import type { ComputerOriginal, RunLog, TimedEntry } from './run-log.js';
import { isDerived, sameState } from './shapes/derived.js';
import { listsConnection } from './shapes/discover.js';
import { foreignEntries, json } from './shapes/json-walk.js';
import { settingsIn } from './shapes/read-computer-connections.js';

export interface CleanupReport {
  /** What was removed or put back, as `DELETE /group/…` lines. */
  done: string[];
  /** What could not be, with why. */
  failed: string[];
  complete: boolean;
  /** What the kit can truthfully say about what is left, after reading the lists again. */
  statement: string;
}

const enc = encodeURIComponent;
const REDACTED = '[redacted]';

/**
 * Undoes a run from its log: puts the --computer back (comparing it with what it read as), deletes the
 * connections the run added to it, then the run's connections and groups: those whose ids were answered and
 * those found in the lists by the run id in their names (a creation whose answer never came). A delete that
 * gets any 4xx for something no longer listed counts as gone. Touches nothing else. Safe to repeat.
 */
export async function cleanupRun(client: HttpClient, entries: readonly TimedEntry[], runId: string, log?: RunLog): Promise<CleanupReport> {
  const plan = planCleanup(entries);
  const report: CleanupReport = { done: [], failed: [], complete: false, statement: '' };
  for (const [computer, { original, before }] of plan.computers) await restoreComputer(client, computer, original, before, report);
  for (const [key, original] of plan.computerConnections) await restoreConnection(client, key, original, report);
  for (const key of plan.scratch) await deleteScratch(client, key, report);
  let lists = await readLists(client, plan);
  const found = findRunItems(lists, runId, plan);
  for (const uid of new Set([...plan.connections, ...found.connections])) await deleteItem(client, 'connection', uid, lists, plan, report);
  lists = await readLists(client, plan);
  for (const uid of new Set([...plan.groups, ...found.groups])) await deleteItem(client, 'group', uid, lists, plan, report);
  lists = await readLists(client, plan);
  const left = await leftovers(client, lists, runId, plan);
  for (const line of [
    ...lists.unread.map((what) => `could not read ${what}, so the kit cannot say nothing of the run is left there`),
    ...left,
  ]) {
    report.failed.push(line);
  }
  report.complete = report.failed.length === 0;
  report.statement = statement(report, lists, plan);
  await log?.append({ type: 'finished', complete: report.complete });
  return report;
}

function statement(report: CleanupReport, lists: Lists, plan: CleanupPlan): string {
  if (!report.complete) return `cleanup INCOMPLETE: ${report.failed.join('; ')}`;
  const computer =
    plan.computer === undefined
      ? ''
      : plan.computerDeleted
        ? `; computer ${plan.computer} was deleted by the run, as allowed`
        : `, and computer ${plan.computer} carries no name of the run`;
  return `nothing of the run is left: the list of groups and the items of ${lists.items.size} group(s) were read again, none shows a name with the run id${computer}`;
}

async function restoreComputer(client: HttpClient, computer: string, original: ComputerOriginal, before: unknown, report: CleanupReport) {
  const path = `/computer/${enc(computer)}`;
  const now = await send(client, path);
  if (now?.status !== 200)
    return void report.failed.push(
      `GET ${path} ${now ? `answered ${now.status}` : 'got no answer'}: computer ${computer} could not be checked`,
    );
  if (before !== undefined && sameState(now.body, before)) return;
  if (Object.keys(original).length === 0)
    return void report.failed.push(`computer ${computer} changed, and the run log says nothing that puts it back`);
  const put = await send(client, path, 'PUT', original);
  if (put?.status !== 200) return void report.failed.push(`PUT ${path} ${put ? `answered ${put.status}` : 'got no answer'}`);
  const after = await send(client, path);
  if (before !== undefined && (after?.status !== 200 || !sameState(after.body, before))) {
    return void report.failed.push(`PUT ${path} was answered 200, but computer ${computer} does not read as it did before the run`);
  }
  report.done.push(`PUT ${path}`);
}

/** Puts back the settings that differ from what the connection read as (credential values, never logged, are left alone). */
async function restoreConnection(client: HttpClient, key: string, original: Record<string, unknown>, report: CleanupReport) {
  const path = `/computer/${key.split('/').map(enc).join('/')}`;
  const now = await send(client, path);
  const current = now?.status === 200 ? settingsIn(now.body)?.settings : undefined;
  if (!current) return void report.failed.push(`GET ${path} ${now ? `answered ${now.status}` : 'got no answer'}: it could not be checked`);
  const settings = settingsIn(original)?.settings ?? {};
  const body: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(settings))
    if (value !== REDACTED && !isDerived(k, value) && json(current[k]) !== json(value)) body[k] = value;
  for (const k of Object.keys(current)) if (!(k in settings) && !isDerived(k, current[k])) body[k] = null;
  if (Object.keys(body).length === 0) return;
  const put = await send(client, path, 'PUT', body);
  if (put?.status === 200) report.done.push(`PUT ${path}`);
  else report.failed.push(`PUT ${path} ${put ? `answered ${put.status}` : 'got no answer'}`);
}

async function deleteScratch(client: HttpClient, key: string, report: CleanupReport) {
  const [computer, connection] = key.split('/') as [string, string];
  const path = `/computer/${enc(computer)}/${enc(connection)}`;
  const answer = await send(client, path, 'DELETE');
  if (answer?.status === 200) return void report.done.push(`DELETE ${path}`);
  const list = await send(client, `/computer/${enc(computer)}/connections`);
  const gone =
    answer !== undefined && answer.status >= 400 && answer.status < 500 && list?.status === 200 && !listsConnection(list.body, connection);
  if (!gone) report.failed.push(`DELETE ${path} ${answer ? `answered ${answer.status}` : 'got no answer'}`);
}

async function deleteItem(
  client: HttpClient,
  kind: 'group' | 'connection',
  id: string,
  lists: Lists,
  plan: CleanupPlan,
  report: CleanupReport,
) {
  const path = `/${kind}/${enc(id)}`;
  const foreign = kind === 'group' && lists.items.has(id) ? foreignEntries(lists.items.get(id), plan.runId, plan.computer) : [];
  if (foreign.length > 0) {
    const what = JSON.stringify(foreign[0]).slice(0, 120);
    return void report.failed.push(
      `group ${id} of the run still lists ${what}, which is not the run's: it is left, so that a target that deletes a group's items with it deletes nothing else`,
    );
  }
  const answer = await send(client, path, 'DELETE');
  if (answer?.status === 200) return void report.done.push(`DELETE ${path}`);
  const client4xx = answer !== undefined && answer.status >= 400 && answer.status < 500;
  // Any 4xx for something no longer listed: it is gone (already deleted, or with its group).
  if (client4xx && lists.unread.length === 0 && !stillListed(lists, kind, id, plan)) return;
  report.failed.push(
    `DELETE ${path} ${answer ? `answered ${answer.status}` : 'got no answer'}${client4xx ? `, and ${kind} ${id} is still listed` : ''}`,
  );
}
