import { redact } from './redact.js';
import type { RunContext } from './run-context.js';
import { asObject, type Json } from './shapes/json-walk.js';
import { nameLikeKey, recordOf } from './shapes/read-lists.js';

export interface WriteRequest {
  operationId: string | null;
  method: string;
  params: Record<string, string>;
}

/**
 * Before any request that may change the --computer (a scenario's change, a negative test a lenient target
 * may apply, a probe of a method the path lacks), the run log gets what puts it back, and is synced. Reads
 * and ACTIONs change nothing stored; connections the run added, and the computer's deletion, are logged
 * where they happen.
 */
export async function logBeforeComputerChange(run: RunContext, request: WriteRequest): Promise<void> {
  const computer = request.params.computer_id;
  if (computer === undefined || computer !== run.computer || run.deletedComputers.has(computer)) return;
  if (request.method === 'GET' || request.method === 'ACTION' || request.operationId === 'deleteComputer') return;
  const connection = request.params.connection;
  if (connection === undefined) return logMainSettings(run, computer);
  const key = `${computer}/${connection}`;
  if (run.guard.owns('computer-connection', key) || run.openChanges.has(key)) return;
  const read = await quietRead(run, `/computer/${enc(computer)}/${enc(connection)}`);
  const settings = asObject(read?.body);
  if (read?.status === 200 && settings) {
    await run.log.append({ type: 'changing-computer-connection', computer, connection, original: redact(settings) as Json });
  } else if (read !== undefined && read.status >= 400 && read.status < 500) {
    // The computer has no such connection: a request that adds it is undone by deleting it.
    await run.log.append({ type: 'adding-computer-connection', computer, connection });
  } else {
    await run.log.append({ type: 'changing-computer-connection', computer, connection, original: {} });
  }
  run.openChanges.add(key);
}

async function logMainSettings(run: RunContext, computer: string): Promise<void> {
  if (run.openChanges.has(computer)) return;
  const main = run.before?.computers[computer]?.main ?? (await quietRead(run, `/computer/${enc(computer)}`))?.body;
  await run.log.append({ type: 'changing-computer', computer, original: computerOriginal(run, computer, main), before: main });
  run.openChanges.add(computer);
}

/** What puts the computer's main settings back, in the reference's request keys, from what it read as. */
export function computerOriginal(run: RunContext, computer: string, main: unknown): { name?: string; category_uid?: string } {
  // A record in an envelope (`{data: {...}}`) is the object that holds the computer's id.
  const object = recordOf(main, computer) ?? asObject(main);
  const original: { name?: string; category_uid?: string } = {};
  const nameKey = run.learned.items.computer.nameKey ?? nameLikeKey(object, [run.learned.items.computer.idKey ?? '']);
  if (nameKey !== null && typeof object?.[nameKey] === 'string') original.name = object[nameKey] as string;
  const group = run.before?.computerGroups[computer]?.[0];
  if (group !== undefined) original.category_uid = group;
  else {
    const groupKey = run.learned.items.computer.groupKey;
    if (groupKey !== null && typeof object?.[groupKey] === 'string') original.category_uid = object[groupKey] as string;
  }
  return original;
}

async function quietRead(run: RunContext, path: string): Promise<{ status: number; body: unknown } | undefined> {
  try {
    return await run.client.send({ method: 'GET', path }, run.signal);
  } catch {
    return undefined;
  }
}

const enc = encodeURIComponent;
