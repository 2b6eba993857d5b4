import type { Reply } from '../exchange.js';
import type { ScenarioClient } from '../scenario-client.js';
import type { Json } from '../shapes/json-walk.js';
import { learnItem } from '../shapes/learned.js';
import { readConnection, sameState } from './read-connection.js';

/**
 * Credentials set (twice) and deleted. The reference has no read of a connection's credentials: where the
 * group's items show a flag for them (a boolean key named for credentials), it must follow; without one,
 * whether they were stored could not be checked.
 */
export async function connectionCredentials(client: ScenarioClient, uid: string, groupUid: string): Promise<void> {
  const secret = { 'rdp.username': 'remotix-contract', 'rdp.password': `${client.runId}-password` };
  await client.call('setConnectionCredentials', { uid }, { body: secret, expect: 200 });
  const stays = (message: string, operationId: string) => ({ check: 'state-after-change' as const, operationId, message });
  const set = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection with credentials stays in its group', 'setConnectionCredentials'),
  );
  flag(client, set, true, 'setConnectionCredentials', 'a connection shows that it has credentials after they are set');
  await client.call('setConnectionCredentials', { uid }, { body: secret, expect: 200 });
  const again = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection with credentials set twice stays in its group', 'setConnectionCredentials'),
  );
  sameState(client, 'setConnectionCredentials', set.item, again, 'setting the same credentials twice gives the same state');
  await client.call('deleteConnectionCredentials', { uid }, { expect: 200 });
  const cleared = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection without credentials stays in its group', 'deleteConnectionCredentials'),
  );
  flag(client, cleared, false, 'deleteConnectionCredentials', 'a connection shows no credentials after they are deleted');
  await client.call(
    'deleteConnectionCredentials',
    { uid },
    { expect: { status: 200, source: 'assumed', what: 'deleting credentials that are not there is not an error' } },
  );
}

function flag(
  client: ScenarioClient,
  read: { item: Json | undefined; reply: Reply },
  value: boolean,
  operationId: string,
  message: string,
): void {
  const item = read.item;
  const known = client.learned.items.connection.credentialsFlagKey;
  const key = known ?? (item ? (Object.keys(item).find((k) => /cred/i.test(k) && typeof item[k] === 'boolean') ?? null) : null);
  if (!item || key === null) {
    client.couldNotCheck(
      'state-after-change',
      operationId,
      'assumed',
      `${message}: could not check, the connection shows no credentials flag`,
      read.reply.exchange,
    );
    return;
  }
  learnItem(client.learned, 'connection', { credentialsFlagKey: key });
  const passed = item[key] === value;
  client.verify(
    'state-after-change',
    operationId,
    'assumed',
    passed,
    passed ? message : `${message}: ${key} is ${JSON.stringify(item[key])}`,
    read.reply.exchange,
  );
}
