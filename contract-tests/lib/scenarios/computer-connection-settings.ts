import { asObject, connectionType, idsIn } from '../read-helpers.js';
import type { Reply, Session } from '../session.js';

/** The setting each connection type has its partial update and `null` reset tried on, and values to try. */
const PROBES = {
  VNC: { key: 'quality', values: ['low', 'medium'] },
  NEAR: { key: 'quality', values: ['low', 'medium'] },
  RDP: { key: 'color_depth', values: [16, 24] },
} as const;

/**
 * On one existing connection of the --computer: a partial update changes only its key, a repeat gives the
 * same state, `null` resets the key to its default; then the original value is put back.
 */
export async function partialUpdateAndReset(session: Session, computerId: string, connections: Reply): Promise<void> {
  const connection = idsIn(connections.body, 'connections', 'connection').find((id) => connectionType(id) !== undefined);
  if (connection === undefined)
    return session.notTested(['updateComputerConnection'], 'the computer has no NEAR, VNC or RDP connection to update');
  const params = { computer_id: computerId, connection };
  const before = asObject((await session.call('getComputerConnection', params, { expect: 200 })).body);
  const type = connectionType(connection)!;
  const { key, values } = PROBES[type];
  const fallback = session.run.contract.schema(`${type[0]}${type.slice(1).toLowerCase()}Settings`)?.properties?.[key]?.default;
  const value = values.find((v) => v !== before?.[key] && v !== fallback);
  if (before === undefined || !(key in before) || value === undefined) {
    return session.notTested(['updateComputerConnection'], `the settings of ${connection} have no ${key} to change and restore`);
  }
  await session.run.log.append({
    type: 'changing-computer-connection',
    computer: computerId,
    connection,
    original: { [key]: before[key] },
  });
  try {
    await session.call('updateComputerConnection', params, { body: { [key]: value }, expect: 200 });
    const once = await readSettings(session, params);
    onlyKeyChanged(session, once, before, key, value, `a partial update of ${connection} changes ${key} and nothing else`);
    await session.call('updateComputerConnection', params, { body: { [key]: value }, expect: 200 });
    const twice = await readSettings(session, params);
    session.verify(
      'idempotent-update',
      'updateComputerConnection',
      'documented',
      JSON.stringify(once.body) === JSON.stringify(twice.body),
      'the same partial update twice gives the same state',
      twice.exchange,
    );
    await session.call('updateComputerConnection', params, { body: { [key]: null }, expect: 200 });
    const reset = await readSettings(session, params);
    const resetValue = asObject(reset.body)?.[key];
    session.verify(
      'state-after-change',
      'updateComputerConnection',
      'documented',
      resetValue !== value,
      `null resets ${key}: it no longer reads ${JSON.stringify(value)}`,
      reset.exchange,
    );
    session.verify(
      'state-after-change',
      'updateComputerConnection',
      'assumed',
      resetValue === fallback,
      `null resets ${key} to the document's default ${JSON.stringify(fallback)} (it reads ${JSON.stringify(resetValue)})`,
      reset.exchange,
    );
  } finally {
    await restoreSetting(session, params, key, before);
  }
}

function readSettings(session: Session, params: Record<string, string>): Promise<Reply> {
  return session.call('getComputerConnection', params, { expect: 200 });
}

function onlyKeyChanged(
  session: Session,
  reply: Reply,
  before: Record<string, unknown>,
  key: string,
  value: unknown,
  message: string,
): void {
  const after = asObject(reply.body) ?? {};
  const changed = after[key] === value;
  const others = Object.keys({ ...before, ...after }).filter((k) => k !== key && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const detail = !changed
    ? `${message}: ${key} reads ${JSON.stringify(after[key])}`
    : others.length > 0
      ? `${message}: ${others.join(', ')} changed too`
      : message;
  session.verify('state-after-change', 'updateComputerConnection', 'documented', changed && others.length === 0, detail, reply.exchange);
}

async function restoreSetting(
  session: Session,
  params: Record<string, string>,
  key: string,
  before: Record<string, unknown>,
): Promise<void> {
  const restore = await session.call('updateComputerConnection', params, { body: { [key]: before[key] }, expect: 200 });
  if (restore.status !== 200) return;
  await session.run.log.append({ type: 'restored', computer: params.computer_id!, connection: params.connection! });
  const after = await readSettings(session, params);
  const same = JSON.stringify(after.body) === JSON.stringify(before);
  session.verify(
    'state-after-change',
    'updateComputerConnection',
    'documented',
    same,
    `${params.connection} reads back as it was after ${key} is put back`,
    after.exchange,
  );
}
