import { idOf } from '../own-resources.js';
import type { ScenarioClient } from '../scenario-client.js';
import { canonical } from '../shapes/derived.js';
import { learnAllow, learnPolicy } from '../shapes/learned.js';
import { computerConnectionIds } from './computer-connections.js';
import type { Scenario } from './scenario.js';
import { addScratchConnection, deleteScratch } from './scratch-connection.js';
import { createScratchItems, removeScratchItems, type ScratchItems } from './scratch-items.js';

/**
 * A method a path lacks is rejected with 405 and an `Allow` header that names the path's own methods. The
 * probes are GET on the two create paths (safe anywhere), and, with --allow-writes, POST (a method the Remotix
 * API never uses) on every path, with the run's own ids, the --computer (logged first, like every request that
 * may change it), and a connection the run adds to it (never one the computer had).
 */
export const unsupportedMethods: Scenario = {
  id: 'unsupported-methods',
  title: 'a method the path lacks is rejected with 405 and an Allow header',
  needs: ['negative'],
  covers: [],
  async run(client) {
    await pathProbes(client);
    for (const path of ['/group/', '/connection/']) await probe(client, 'GET', path, path, {});
    if (!client.can('writes')) return;
    const items = await createScratchItems(client, 'unsupported-methods');
    const computer = client.can('computer') ? client.run.computer! : undefined;
    const scratch =
      computer === undefined
        ? undefined
        : await addScratchConnection(client, computer, await computerConnectionIds(client, computer), 'methods');
    for (const template of [...new Set(client.run.contract.operations.map((operation) => operation.path))]) {
      const params = paramsFor(template, items, computer, scratch?.connection);
      if (params === undefined) continue;
      const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
      await probe(client, 'POST', path, template, params, createBody(client, template, items));
    }
    if (computer !== undefined && scratch) await deleteScratch(client, { computer_id: computer, connection: scratch.connection }, false);
    await removeScratchItems(client, items);
  },
};

/**
 * Two reads of paths no operation has, where the reference is silent: one under a prefix with the run id (what
 * an unknown path answers: learned as the `unknown-path` error), and `/groups/` beside `/groups` (whether a
 * trailing slash is the same path). Reads only: nothing to put back.
 */
async function pathProbes(client: ScenarioClient): Promise<void> {
  await client.probe(
    'GET',
    `/remotix-contract-${client.runId}/no-such-path`,
    {},
    {
      status: 404,
      what: 'a path no operation has answers 404',
      errorKind: 'unknown-path',
    },
  );
  const listGroups = client.run.contract.operations.find((operation) => operation.operationId === 'listGroups');
  if (listGroups === undefined || listGroups.path.endsWith('/')) return;
  const plain = await client.call('listGroups', {}, { quiet: true });
  const slashed = await client.peek(`${listGroups.path}/`);
  const same = slashed.status === plain.status && canonical(slashed.body) === canonical(plain.body);
  const outcome = same ? 'same-answer' : slashed.status >= 400 && slashed.status < 500 ? 'refused' : 'other';
  learnPolicy(client.learned, 'trailing-slash', {
    outcome,
    httpStatus: slashed.status,
    detail: `GET ${listGroups.path}/ answered ${slashed.status}, GET ${listGroups.path} ${plain.status}${same ? ', the same' : ''}`,
  });
}

/** The run's own ids for a path template; undefined when it needs a computer (or a connection of it) the run may not use. */
function paramsFor(
  template: string,
  items: ScratchItems,
  computer: string | undefined,
  connection: string | undefined,
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
    if (name === 'group_uid') params[name] = items.group;
    else if (name === 'uid') params[name] = items.connection;
    else if (name === 'connection' && connection !== undefined) params[name] = connection;
    else if (name === 'action') params[name] = 'control';
    else if (name === 'computer_id' && computer !== undefined) params[name] = computer;
    else return undefined;
  }
  return params;
}

/**
 * A POST to a create path carries a name with the run id (and the run's own group): a lenient target that
 * creates something anyway creates what cleanup finds by name. The intent is logged first, like any create.
 */
function createBody(client: ScenarioClient, template: string, items: ScratchItems): Record<string, string> | undefined {
  if (template === '/group/') return { name: client.name('unsupported-methods probe') };
  if (template === '/connection/') return { name: client.name('unsupported-methods probe'), category_uid: items.group };
  return undefined;
}

async function probe(
  client: ScenarioClient,
  method: string,
  path: string,
  template: string,
  params: Record<string, string>,
  body?: Record<string, string>,
): Promise<void> {
  const kind = template === '/group/' ? 'group' : 'connection';
  if (body) await client.run.log.append({ type: 'creating', kind, name: body.name! });
  const reply = await client.probe(
    method,
    path,
    params,
    {
      status: 405,
      check: 'unsupported-method',
      what: `${method} ${path}, which the path lacks, is rejected with 405`,
      errorKind: 'unsupported-method',
    },
    body,
  );
  const created = body ? idOf(reply, kind) : undefined;
  if (created !== undefined) {
    client.run.guard.own(kind, created);
    await client.run.log.append({ type: 'created', kind, id: created, name: body!.name! });
  }
  const own = client.run.contract.operations.filter((operation) => operation.path === template).map((operation) => operation.method);
  if (reply.status >= 400) learnAllow(client.learned, 'unsupported-method', own, reply.allow);
  if (reply.status !== 405) return;
  const allowed = (reply.allow ?? '').split(',').map((m) => m.trim().toUpperCase());
  const missing = own.filter((m) => !allowed.includes(m));
  const message =
    missing.length === 0
      ? `the 405 to ${method} ${path} allows ${own.join(', ')}`
      : `the 405 to ${method} ${path} has Allow: ${reply.allow ?? '(none)'}, without ${missing.join(', ')}`;
  client.verify('unsupported-method', null, 'assumed', missing.length === 0, message, reply.exchange);
}
