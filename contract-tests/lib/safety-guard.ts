import { PERMISSION_FLAGS, type Permission } from './kit-options.js';

/** The kit refused to send a request: a bug in a scenario, never the target's fault. */
export class SafetyError extends Error {
  override readonly name = 'SafetyError';
}

export interface GuardedRequest {
  /** Null for a probe of a method the path lacks. */
  operationId: string | null;
  method: string;
  params: Record<string, string>;
  body?: unknown;
  raw?: string;
}

export interface SafetyGuard {
  /** Marks an id as this run's own: created by it (groups, connections) or added by it (computer connections). */
  own(kind: 'group' | 'connection' | 'computer-connection', id: string): void;
  owns(kind: 'group' | 'connection' | 'computer-connection', id: string): boolean;
  /** A group the run may name in a body without owning it: the `--computer`'s own group, to restore it. */
  allowReference(groupUid: string): void;
  /** Throws SafetyError unless the request is allowed. Reads are always allowed. */
  check(request: GuardedRequest): void;
}

const CREATES = new Set(['createGroup', 'createConnection']);
const CONNECTION_DELETES = new Set(['deleteComputerConnection', 'deleteComputerConnectionCredentials']);

/**
 * The last line of defence on a real target: a write may only touch what this run created, or the one
 * `--computer`; a create must carry the run id in its name; ACTION needs `--allow-actions`.
 */
export function createSafetyGuard(granted: ReadonlySet<Permission>, runId: string, computer: string | undefined): SafetyGuard {
  const owned = { group: new Set<string>(), connection: new Set<string>(), 'computer-connection': new Set<string>() };
  const references = new Set<string>();
  const need = (permission: Permission, what: string) => {
    if (!granted.has(permission)) throw new SafetyError(`${what} needs ${PERMISSION_FLAGS[permission]}`);
  };
  const checkParams = (request: GuardedRequest, what: string) => {
    const { group_uid: group, uid, computer_id: computerId, connection } = request.params;
    if (group !== undefined && !owned.group.has(group)) throw new SafetyError(`${what}: group ${group} was not created by this run`);
    if (uid !== undefined && !owned.connection.has(uid)) throw new SafetyError(`${what}: connection ${uid} was not created by this run`);
    if (computerId !== undefined) {
      need('computer', what);
      if (computerId !== computer) throw new SafetyError(`${what}: computer ${computerId} is not the --computer ${computer}`);
    }
    if (
      connection !== undefined &&
      CONNECTION_DELETES.has(request.operationId ?? '') &&
      !owned['computer-connection'].has(`${computerId}/${connection}`)
    ) {
      throw new SafetyError(`${what}: connection ${connection} of computer ${computerId} was not added by this run`);
    }
  };
  const checkBody = (request: GuardedRequest, what: string) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (CREATES.has(request.operationId ?? '')) {
      const text = request.raw ?? String(body.name ?? '');
      if (!text.includes(runId)) throw new SafetyError(`${what}: a create must carry the run id ${runId} in its name`);
    }
    const reference = body.category_uid;
    if (typeof reference === 'string' && !owned.group.has(reference) && !references.has(reference)) {
      throw new SafetyError(`${what}: category_uid ${reference} is not a group of this run`);
    }
  };
  return {
    own: (kind, id) => void owned[kind].add(id),
    owns: (kind, id) => owned[kind].has(id),
    allowReference: (groupUid) => void references.add(groupUid),
    check(request) {
      if (request.method === 'GET') return;
      const what = `${request.method} ${request.operationId ?? 'probe'}`;
      if (request.method === 'ACTION') need('actions', what);
      else need('writes', what);
      if (request.operationId === null) need('negative', what);
      if (request.operationId === 'deleteComputer') need('computer-delete', what);
      checkParams(request, what);
      checkBody(request, what);
    },
  };
}
