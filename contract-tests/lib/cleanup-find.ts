import type { CleanupPlan } from './cleanup-plan.js';
import type { HttpClient } from './http-client.js';
import { listsConnection } from './shapes/discover.js';
import { asObject, containsText, isScalarId, type Json, objectsIn, sameId } from './shapes/json-walk.js';
import { chooseArray, idKeyCandidates, locate, mapCandidates } from './shapes/read-lists.js';

/** The target's groups and their items as read now; `unread` names what could not be read. */
export interface Lists {
  groups: unknown;
  /** Group id → its items. */
  items: Map<string, unknown>;
  unread: string[];
}

const enc = encodeURIComponent;

/** Reads the list of groups and every group's items, in any shape, with the id keys the run learned. */
export async function readLists(client: HttpClient, plan: CleanupPlan): Promise<Lists> {
  const lists: Lists = { groups: undefined, items: new Map(), unread: [] };
  const groups = await send(client, '/groups');
  if (groups?.status !== 200) {
    lists.unread.push(`GET /groups (${groups ? `answered ${groups.status}` : 'no answer'})`);
    return lists;
  }
  lists.groups = groups.body;
  const entries = groupEntries(groups.body, plan);
  if (!entries) lists.unread.push('GET /groups (no list in the answer)');
  for (const { element, id } of entries ?? []) {
    if (id === undefined) {
      lists.unread.push(`a group listed as ${JSON.stringify(element).slice(0, 80)} (no id the kit can read)`);
      continue;
    }
    const items = await send(client, `/group/${enc(id)}`);
    if (items?.status === 200) lists.items.set(id, items.body);
    else lists.unread.push(`GET /group/${id} (${items ? `answered ${items.status}` : 'no answer'})`);
  }
  return lists;
}

/** The run's groups and connections, found by the run id in their names, in lists of any shape. */
export function findRunItems(lists: Lists, runId: string, plan: CleanupPlan): { groups: string[]; connections: string[] } {
  const found = { groups: [] as string[], connections: [] as string[] };
  for (const { element, id } of groupEntries(lists.groups, plan, runId) ?? []) {
    if (id !== undefined && ownText(element, runId)) found.groups.push(id);
  }
  for (const [group, body] of lists.items) {
    for (const { object, under } of objectsIn(body)) {
      if (!ownText(object, runId) || (under !== null && /computer/i.test(under))) continue;
      const id = idOf(object, plan.idKeys.connection, undefined, [group, plan.computer ?? ''], runId);
      if (id !== undefined && id !== group && id !== plan.computer) found.connections.push(id);
    }
  }
  return { groups: [...new Set(found.groups)], connections: [...new Set(found.connections)] };
}

/** Whether an id is still listed: a group in the list of groups, a connection in any group's items. */
export function stillListed(lists: Lists, kind: 'group' | 'connection', id: string, plan: CleanupPlan): boolean {
  if (kind === 'group') return locate(lists.groups, id, plan.idKeys.group) !== undefined;
  return [...lists.items.values()].some((body) => locate(body, id, plan.idKeys.connection) !== undefined);
}

/** What still carries the run id: in the list of groups, any group's items, or the --computer. */
export async function leftovers(client: HttpClient, lists: Lists, runId: string, plan: CleanupPlan): Promise<string[]> {
  const left: string[] = [];
  if (containsText(lists.groups, runId)) left.push('the list of groups still shows a name with the run id');
  for (const [group, body] of lists.items)
    if (containsText(body, runId)) left.push(`the items of group ${group} still show a name with the run id`);
  for (const key of plan.scratch) {
    const [computer, connection] = key.split('/') as [string, string];
    const list = await send(client, `/computer/${enc(computer)}/connections`);
    if (list?.status !== 200) left.push(`the connections of computer ${computer} could not be read (${list ? list.status : 'no answer'})`);
    else if (listsConnection(list.body, connection))
      left.push(`connection ${connection} the run added to computer ${computer} is still listed`);
  }
  if (plan.computer !== undefined && !plan.computerDeleted) {
    const main = await send(client, `/computer/${enc(plan.computer)}`);
    if (main?.status !== 200) left.push(`computer ${plan.computer} could not be read (${main ? main.status : 'no answer'})`);
    else if (containsText(main.body, runId)) left.push(`computer ${plan.computer} still carries the run id`);
  }
  return left;
}

/** The entries of a list of groups, bare, under any key, or keyed by id, each with the id the kit reads from it. */
function groupEntries(body: unknown, plan: CleanupPlan, runId?: string): Array<{ element: unknown; id: string | undefined }> | undefined {
  const array = chooseArray(body, undefined, /group/i);
  if (array) return array.list.map((element) => ({ element, id: idOf(element, plan.idKeys.group, /group/i, [], runId) }));
  const map = mapCandidates(body).at(-1);
  return map?.items.map((element, i) => ({ element, id: map.keys[i] }));
}

function ownText(element: unknown, runId: string): boolean {
  if (typeof element === 'string') return element.includes(runId);
  const object = asObject(element);
  return object !== undefined && Object.values(object).some((value) => typeof value === 'string' && value.includes(runId));
}

/** An item's id: under the learned key, else under a key that is not a name and holds no run name. */
function idOf(
  element: unknown,
  key: string | undefined,
  hint?: RegExp,
  except: readonly string[] = [],
  runId?: string,
): string | undefined {
  if (isScalarId(element)) return runId !== undefined && String(element).includes(runId) ? undefined : String(element);
  const object = asObject(element) as Json | undefined;
  if (!object) return undefined;
  if (key !== undefined && isScalarId(object[key])) return String(object[key]);
  const candidate = idKeyCandidates(object, key, hint).find(
    (k) =>
      !except.some((value) => sameId(object[k], value)) &&
      !/name|title|label/i.test(k) &&
      !(runId !== undefined && String(object[k]).includes(runId)),
  );
  return candidate === undefined ? undefined : String(object[candidate]);
}

export async function send(client: HttpClient, path: string, method = 'GET', body?: unknown) {
  try {
    return await client.send({ method, path, ...(body === undefined ? {} : { body }) });
  } catch {
    return undefined;
  }
}
