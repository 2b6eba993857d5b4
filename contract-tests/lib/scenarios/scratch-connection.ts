import { createHash } from 'node:crypto';
import { expectListed } from '../list-checks.js';
import { asObject, idsIn } from '../read-helpers.js';
import type { Reply, Session } from '../session.js';

/** A VNC connection on a port no connection of the computer uses, derived from the run id. */
function scratchConnectionId(runId: string, existing: readonly string[]): string {
  const seed = createHash('sha256').update(runId).digest().readUInt16BE(0);
  for (let i = 0; ; i++) {
    const id = `VNC_${20000 + ((seed + i) % 40000)}`;
    if (!existing.includes(id)) return id;
  }
}

/**
 * Credentials delete and connection delete are tried on a connection the run adds to the --computer (a PUT
 * to a connection it lacks adds it), never on one the computer already had.
 */
export async function scratchConnection(session: Session, computerId: string, connections: Reply): Promise<void> {
  const connection = scratchConnectionId(session.runId, idsIn(connections.body, 'connections', 'connection'));
  const params = { computer_id: computerId, connection };
  session.run.guard.own('computer-connection', `${computerId}/${connection}`);
  await session.run.log.append({ type: 'adding-computer-connection', computer: computerId, connection });
  const body = { quality: 'low', username: 'remotix-contract', password: `${session.runId}-password` };
  const added = await session.call('updateComputerConnection', params, {
    body,
    expect: { status: 200, source: 'assumed', what: `a PUT to ${connection}, which the computer lacks, adds it` },
  });
  if (added.status !== 200) {
    return session.notTested(
      ['deleteComputerConnectionCredentials', 'deleteComputerConnection'],
      'the target did not add a scratch connection to the computer',
    );
  }
  const list = await session.call('listComputerConnections', { computer_id: computerId }, { expect: 200 });
  expectListed(session, list, {
    check: 'state-after-change',
    operationId: 'updateComputerConnection',
    key: 'connections',
    idKey: 'connection',
    id: connection,
    present: true,
    message: "an added connection is in the computer's connections",
  });
  const credentials = await session.call('getComputerConnectionCredentials', params, { expect: 200 });
  const stored = asObject(credentials.body)?.password === body.password;
  session.verify(
    'state-after-change',
    'getComputerConnectionCredentials',
    'assumed',
    stored,
    'credentials given with the connection update read back',
    credentials.exchange,
  );
  await session.call('deleteComputerConnectionCredentials', params, { expect: 200 });
  const cleared = await session.call('getComputerConnectionCredentials', params, { expect: 200 });
  const object = asObject(cleared.body);
  const empty = object !== undefined && !('password' in object) && !('username' in object);
  session.verify(
    'state-after-change',
    'deleteComputerConnectionCredentials',
    object ? 'documented' : 'assumed',
    empty,
    'deleted credentials no longer read back',
    cleared.exchange,
  );
  await session.call('deleteComputerConnectionCredentials', params, {
    expect: { status: 200, source: 'assumed', what: 'deleting credentials that are not there is not an error' },
  });
  await deleteScratch(session, params);
}

async function deleteScratch(session: Session, params: { computer_id: string; connection: string }): Promise<void> {
  const deleted = await session.call('deleteComputerConnection', params, { expect: 200 });
  if (deleted.status !== 200) return;
  await session.run.log.append({ type: 'deleted', kind: 'computer-connection', id: params.connection, computer: params.computer_id });
  await session.call('getComputerConnection', params, {
    expect: { status: 404, check: 'use-after-free', rejection: 'documented', what: 'a deleted computer connection answers 404' },
  });
  const list = await session.call('listComputerConnections', { computer_id: params.computer_id }, { expect: 200 });
  expectListed(session, list, {
    check: 'use-after-free',
    operationId: 'deleteComputerConnection',
    key: 'connections',
    idKey: 'connection',
    id: params.connection,
    present: false,
    message: "a deleted connection is gone from the computer's connections",
  });
  const actions = await session.call('listComputerActions', { computer_id: params.computer_id }, { expect: 200 });
  const names = asObject(actions.body)?.actions;
  const gone = Array.isArray(names) && !names.some((name) => String(name).startsWith(`${params.connection}/`));
  session.verify(
    'use-after-free',
    'deleteComputerConnection',
    'assumed',
    gone,
    "a deleted connection's actions are gone from the computer's actions",
    actions.exchange,
  );
}
