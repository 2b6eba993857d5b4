import type { Reply } from '../exchange.js';
import type { ScenarioClient } from '../scenario-client.js';
import { asObject, type Json, objectsIn } from '../shapes/json-walk.js';
import { learnError, learnItem, learnPolicy } from '../shapes/learned.js';
import { expectSameState, readConnection } from './read-connection.js';

const KEY_PREFIX: Record<string, string> = { NEAR: 'rxp', RDP: 'rdp', APPLE: 'apple' };

/** The protocol a connection shows (NEAR, RDP, APPLE), if it shows one. */
function protocolOf(item: Json | undefined): string | undefined {
  const shown = Object.entries(item ?? {}).find(
    ([k, v]) => /protocol|type|kind/i.test(k) && typeof v === 'string' && KEY_PREFIX[v.toUpperCase()],
  )?.[1];
  return typeof shown === 'string' ? shown.toUpperCase() : undefined;
}

/**
 * Every key the reference shows for the protocol (RDP's domain too): that a target takes some of them alone
 * is not documented, so the kit never relies on it.
 */
const keysOf = (prefix: string, runId: string) => ({
  [`${prefix}.username`]: 'remotix-contract',
  [`${prefix}.password`]: `${runId}-password`,
  ...(prefix === 'rdp' ? { 'rdp.domain': 'REMOTIX-CONTRACT' } : {}),
});

/**
 * Sets credentials with the reference's keys for the protocol the connection shows. When it shows none, a
 * target may take only one protocol's keys (the reference names them per protocol): each is tried, and none
 * of these tries binds. Returns the keys accepted, and whether their 200 was binding.
 */
async function setCredentials(
  client: ScenarioClient,
  uid: string,
  item: Json | undefined,
): Promise<{ secret: Record<string, string>; binding: boolean } | undefined> {
  const protocol = protocolOf(item);
  const prefixes = protocol ? [KEY_PREFIX[protocol]!] : ['rdp', 'rxp', 'apple'];
  for (const prefix of prefixes) {
    const secret = keysOf(prefix, client.runId);
    const what = `credentials with the ${prefix}.* keys are accepted by a connection that shows no protocol`;
    const expect = protocol ? 200 : ({ status: 200, source: 'assumed', what } as const);
    const reply = await client.call('setConnectionCredentials', { uid }, { body: secret, expect });
    if (reply.status === 200) return { secret, binding: protocol !== undefined };
  }
  return undefined;
}

/**
 * Credentials set (twice) and deleted, with the keys of the connection's protocol. The reference has no read
 * of a connection's credentials: where the group's items show whether credentials are stored (a key named for
 * them: a flag, a list of keys, a count), it must follow. That binds when the target's own items showed it
 * both ways before the run; otherwise it is assumed, and without such a key it could not be checked.
 */
export async function connectionCredentials(client: ScenarioClient, uid: string, groupUid: string, item: Json | undefined): Promise<void> {
  const accepted = await setCredentials(client, uid, item);
  if (!accepted) return client.notTested(['setConnectionCredentials'], "the connection took none of the reference's credential keys");
  const { secret, binding } = accepted;
  const stays = (message: string, operationId: string) => ({ check: 'state-after-change' as const, operationId, message });
  const set = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection with credentials stays in its group', 'setConnectionCredentials'),
  );
  indicator(client, set, true, 'setConnectionCredentials', 'a connection shows that it has credentials after they are set');
  await client.call(
    'setConnectionCredentials',
    { uid },
    { body: secret, expect: binding ? 200 : { status: 200, source: 'assumed', what: 'the same credentials are accepted again' } },
  );
  const again = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection with credentials set twice stays in its group', 'setConnectionCredentials'),
  );
  expectSameState(client, 'setConnectionCredentials', set.item, again, 'setting the same credentials twice gives the same state');
  const missing = { status: 200, source: 'assumed', what: 'deleting credentials that are not there is not an error' } as const;
  // Credentials set with a binding 200 are there to delete; otherwise, whether there are any is not known.
  await client.call('deleteConnectionCredentials', { uid }, { expect: binding ? 200 : missing });
  const cleared = await readConnection(
    client,
    groupUid,
    uid,
    true,
    stays('a connection without credentials stays in its group', 'deleteConnectionCredentials'),
  );
  indicator(client, cleared, false, 'deleteConnectionCredentials', 'a connection shows no credentials after they are deleted');
  const none = await client.call(
    'deleteConnectionCredentials',
    { uid },
    { expect: { status: 200, source: 'assumed', what: 'deleting credentials that are not there is not an error' } },
  );
  if (none.status === 0) return;
  learnError(client.learned, 'missing-credentials-delete', none.status, none.contentType, none.body);
  learnPolicy(client.learned, 'delete-missing-credentials', {
    outcome: none.status < 300 ? 'ok' : none.status < 500 ? 'refused' : 'server-error',
    httpStatus: none.status,
    detail: `DELETE /connection/{uid}/credentials a second time answered ${none.status}`,
  });
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
