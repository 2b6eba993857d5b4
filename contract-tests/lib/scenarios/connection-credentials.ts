import type { Reply } from '../exchange.js';
import type { ScenarioClient } from '../scenario-client.js';
import { asObject, type Json, objectsIn } from '../shapes/json-walk.js';
import { learnItem } from '../shapes/learned.js';
import { expectSameState, readConnection } from './read-connection.js';

const KEY_PREFIX: Record<string, string> = { NEAR: 'rxp', RDP: 'rdp', APPLE: 'apple' };

/** The reference's credential keys for the protocol the connection shows (`rdp.*` when it shows none). */
export function credentialsFor(item: Json | undefined, runId: string): Record<string, string> {
  const protocol = Object.entries(item ?? {}).find(
    ([k, v]) => /protocol|type|kind/i.test(k) && typeof v === 'string' && KEY_PREFIX[v.toUpperCase()],
  )?.[1];
  const prefix = KEY_PREFIX[String(protocol).toUpperCase()] ?? 'rdp';
  return { [`${prefix}.username`]: 'remotix-contract', [`${prefix}.password`]: `${runId}-password` };
}

/**
 * Credentials set (twice) and deleted, with the keys of the connection's protocol. The reference has no read
 * of a connection's credentials: where the group's items show whether credentials are stored (a key named for
 * them: a flag, a list of keys, a count), it must follow. That binds when the target's own items showed it
 * both ways before the run; otherwise it is assumed, and without such a key it could not be checked.
 */
export async function connectionCredentials(client: ScenarioClient, uid: string, groupUid: string, item: Json | undefined): Promise<void> {
  const secret = credentialsFor(item, client.runId);
  await client.call('setConnectionCredentials', { uid }, { body: secret, expect: 200 });
  const stays = (message: string, operationId: string) => ({ check: 'state-after-change' as const, operationId, message });
  const set = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection with credentials stays in its group', 'setConnectionCredentials'),
  );
  indicator(client, set, true, 'setConnectionCredentials', 'a connection shows that it has credentials after they are set');
  await client.call('setConnectionCredentials', { uid }, { body: secret, expect: 200 });
  const again = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection with credentials set twice stays in its group', 'setConnectionCredentials'),
  );
  expectSameState(client, 'setConnectionCredentials', set.item, again, 'setting the same credentials twice gives the same state');
  await client.call('deleteConnectionCredentials', { uid }, { expect: 200 });
  const cleared = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection without credentials stays in its group', 'deleteConnectionCredentials'),
  );
  indicator(client, cleared, false, 'deleteConnectionCredentials', 'a connection shows no credentials after they are deleted');
  await client.call(
    'deleteConnectionCredentials',
    { uid },
    { expect: { status: 200, source: 'assumed', what: 'deleting credentials that are not there is not an error' } },
  );
}

/** Whether a value says "there are credentials": true, a non-empty list or object, a count above 0. */
function saysStored(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return value > 0;
  if (value === null) return false;
  const object = asObject(value);
  return object ? Object.keys(object).length > 0 : undefined;
}

function indicator(
  client: ScenarioClient,
  read: { item: Json | undefined; reply: Reply },
  expected: boolean,
  operationId: string,
  message: string,
): void {
  const item = read.item;
  const key =
    client.learned.items.connection.credentialsFlagKey ??
    (item ? (Object.keys(item).find((k) => /cred/i.test(k) && saysStored(item[k]) !== undefined) ?? null) : null);
  if (!item || key === null) {
    client.couldNotCheck(
      'state-after-change',
      operationId,
      'assumed',
      `${message}: could not check, the connection shows nothing about its credentials`,
      read.reply.exchange,
    );
    return;
  }
  learnItem(client.learned, 'connection', { credentialsFlagKey: key });
  const source = shownBothWays(client, key) ? 'documented' : 'assumed';
  const passed = saysStored(item[key]) === expected;
  client.verify(
    'state-after-change',
    operationId,
    source,
    passed,
    passed ? message : `${message}: ${key} is ${JSON.stringify(item[key])}`,
    read.reply.exchange,
  );
}

/** The target's own connections showed `key` both with and without credentials before the run: the kit learned what it means. */
function shownBothWays(client: ScenarioClient, key: string): boolean {
  const seen = new Set<boolean | undefined>();
  for (const body of Object.values(client.run.before?.items ?? {})) {
    for (const { object } of objectsIn(body)) if (key in object) seen.add(saysStored(object[key]));
  }
  return seen.has(true) && seen.has(false);
}
