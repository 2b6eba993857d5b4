import type { Session } from '../session.js';
import type { Scenario } from './scenario.js';
import { createScratchItems, removeScratchItems, type ScratchItems } from './scratch-items.js';

/**
 * A method a path lacks is rejected with 405 and an `Allow` header that names the path's own methods. The
 * probes are GET on the two create paths (safe anywhere), and, with --allow-writes, POST (a method the Remotix
 * API never uses) on every path, with the run's own ids and the --computer.
 */
export const unsupportedMethods: Scenario = {
  id: 'unsupported-methods',
  title: 'a method the path lacks is rejected with 405 and an Allow header',
  needs: ['negative'],
  covers: [],
  async run(session) {
    for (const path of ['/group/', '/connection/']) await probe(session, 'GET', path, path, {});
    if (!session.can('writes')) return;
    const items = await createScratchItems(session, 'unsupported-methods');
    for (const template of templates(session)) {
      const params = paramsFor(template, session, items);
      if (params === undefined) continue;
      const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
      await probe(session, 'POST', path, template, params);
    }
    await removeScratchItems(session, items);
  },
};

function templates(session: Session): string[] {
  return [...new Set(session.run.contract.operations.map((operation) => operation.path))];
}

/** The run's own ids for a path template; undefined when it needs a computer and there is none. */
function paramsFor(template: string, session: Session, items: ScratchItems): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
    if (name === 'group_uid') params[name] = items.group;
    else if (name === 'uid') params[name] = items.connection;
    else if (name === 'connection') params[name] = 'VNC';
    else if (name === 'action') params[name] = 'control';
    else if (name === 'computer_id' && session.can('computer')) params[name] = session.run.computer!;
    else return undefined;
  }
  return params;
}

async function probe(session: Session, method: string, path: string, template: string, params: Record<string, string>): Promise<void> {
  const reply = await session.probe(method, path, params, {
    status: 405,
    check: 'unsupported-method',
    what: `${method} ${path}, which the path lacks, is rejected with 405`,
  });
  if (reply.status !== 405) return;
  const own = session.run.contract.operations.filter((operation) => operation.path === template).map((operation) => operation.method);
  const allowed = (reply.allow ?? '').split(',').map((m) => m.trim().toUpperCase());
  const missing = own.filter((m) => !allowed.includes(m));
  const message =
    missing.length === 0
      ? `the 405 to ${method} ${path} allows ${own.join(', ')}`
      : `the 405 to ${method} ${path} has Allow: ${reply.allow ?? '(none)'}, without ${missing.join(', ')}`;
  session.verify('unsupported-method', null, 'assumed', missing.length === 0, message, reply.exchange);
}
