import { createHash } from 'node:crypto';
import { credentialsRead, learnCredentialsRead } from '../credentials-read.js';
import { answersGone, type ScenarioClient } from '../scenario-client.js';
import { listsConnection } from '../shapes/discover.js';
import { asObject, containsText, unwrapped } from '../shapes/json-walk.js';
import { learnDefault, learnKeys, learnPolicy } from '../shapes/learned.js';
import { readActions } from '../shapes/read-actions.js';
import { connectionType, settingsIn } from '../shapes/read-computer-connections.js';
import { listReadable } from '../shapes/read-lists.js';
import { chooseProbe, resettableKeys } from './settings-probe.js';

/** A VNC connection on a port no connection of the computer uses, derived from the run id. */
function scratchConnectionId(runId: string, existing: readonly string[]): string {
  const seed = createHash('sha256').update(runId).digest().readUInt16BE(0);
  for (let i = 0; ; i++) {
    const id = `VNC_${20000 + ((seed + i) % 40000)}`;
    if (!existing.includes(id)) return id;
  }
}

/**
 * Adds a scratch VNC connection to the --computer (a PUT to a connection it lacks adds it: assumed), logged
 * first. Its body is a VNC setting the computer already shows, with credentials; a target that refuses that
 * is tried with less. Undefined when the target adds none.
 */
export async function addScratchConnection(
  client: ScenarioClient,
  computerId: string,
  existing: readonly string[],
  label: string,
): Promise<{ connection: string; password?: string } | undefined> {
  const connection = scratchConnectionId(`${client.runId}-${label}`, existing);
  const params = { computer_id: computerId, connection };
  client.run.guard.own('computer-connection', `${computerId}/${connection}`);
  await client.run.log.append({ type: 'adding-computer-connection', computer: computerId, connection });
  const setting = await vncSetting(client, computerId, existing);
  const credentials = credentialBody(client, `${client.runId}-password`);
  const tried = [{ ...setting, ...credentials }, setting, credentials].filter((body) => Object.keys(body).length > 0);
  const bodies = tried.filter((body, i) => tried.findIndex((other) => JSON.stringify(other) === JSON.stringify(body)) === i);
  for (const [i, body] of bodies.entries()) {
    const last = i === bodies.length - 1;
    const added = await client.call('updateComputerConnection', params, {
      body,
      ...(last || i === 0
        ? { expect: { status: 200, source: 'assumed', what: `a PUT to ${connection}, which the computer lacks, adds it` } }
        : {}),
    });
    if (added.status !== 200) continue;
    const read = await client.call('getComputerConnection', params, {
      expect: { status: 200, source: 'assumed', what: `the connection ${connection} a PUT added is readable` },
    });
    if (read.status !== 200) break;
    learnAddedDefaults(client, connection, body, read.body);
    learnPolicy(client.learned, 'add-connection-by-put', {
      outcome: 'added',
      httpStatus: 200,
      detail: `keys sent: ${Object.keys(body).join(', ')}`,
    });
    return { connection, ...(Object.values(body).includes(`${client.runId}-password`) ? { password: `${client.runId}-password` } : {}) };
  }
  learnPolicy(client.learned, 'add-connection-by-put', {
    outcome: 'not-added',
    httpStatus: null,
    detail: `a PUT to ${connection} did not add it`,
  });
  return undefined;
}

/** A connection a PUT added shows, for each setting the PUT did not give, its default. */
function learnAddedDefaults(client: ScenarioClient, connection: string, sent: Record<string, unknown>, body: unknown): void {
  const type = connectionType(connection);
  const settings = asObject(settingsIn(body)?.settings);
  if (!type || !settings) return;
  for (const key of resettableKeys(settings)) if (!(key in sent)) learnDefault(client.learned, type, key, settings[key]);
}

/**
 * Credentials in the key names the target's own VNC connections showed (`vnc.password`, `password`), or
 * the document's `username` and `password` when none showed any.
 */
function credentialBody(client: ScenarioClient, password: string): Record<string, string> {
  const keys = [...(client.learned.credentialKeys.get('VNC') ?? [])];
  const user = keys.find((k) => /user/i.test(k)) ?? 'username';
  const secret = keys.find((k) => /pass/i.test(k)) ?? 'password';
  return { [user]: 'remotix-contract', [secret]: password };
}

/** A VNC setting the computer shows, with its value as shown (a legal value by construction); none when it has no VNC connection. */
async function vncSetting(client: ScenarioClient, computerId: string, existing: readonly string[]): Promise<Record<string, unknown>> {
  const vnc = existing.find((id) => connectionType(id) === 'VNC');
  const probe =
    vnc === undefined ? undefined : chooseProbe(client.run.before?.computers[computerId]?.settings[vnc], vnc, client.run.contract);
  return probe ? { [probe.key]: probe.shown } : {};
}

/**
 * Credentials delete and connection delete, tried on a connection the run added to the --computer, never on
 * one the computer already had.
 */
export async function scratchConnection(client: ScenarioClient, computerId: string, existing: readonly string[]): Promise<void> {
  const scratch = await addScratchConnection(client, computerId, existing, 'settings');
  if (!scratch) {
    return client.notTested(
      ['deleteComputerConnectionCredentials', 'deleteComputerConnection'],
      'the target did not add a scratch connection to the computer, and the kit never deletes one the computer had',
    );
  }
  const params = { computer_id: computerId, connection: scratch.connection };
  const list = await client.call('listComputerConnections', { computer_id: computerId }, { expect: 200 });
  const listed = list.status === 200 && listsConnection(list.body, scratch.connection);
  client.judge(
    'state-after-change',
    'updateComputerConnection',
    'assumed',
    list.status === 200 ? listed : undefined,
    "an added connection is in the computer's connections",
    list.exchange,
  );
  // Whether credentials given in a settings update are stored is assumed: a read that shows none may be a 4xx.
  const credentials = await client.call('getComputerConnectionCredentials', params, { expect: credentialsRead(false, scratch.connection) });
  learnCredentialsRead(client.learned, credentials);
  learnKeys(client.learned.credentialKeys, 'VNC', Object.keys(asObject(unwrapped(credentials.body)) ?? {}));
  const stored = scratch.password !== undefined && containsText(credentials.body, scratch.password);
  if (scratch.password !== undefined)
    learnPolicy(client.learned, 'credentials-in-settings-put', {
      outcome: stored ? 'stored' : 'not-stored',
      httpStatus: credentials.status,
      detail: `credentials given in the PUT that added ${scratch.connection} ${stored ? 'read back' : 'did not read back'}`,
    });
  client.verify(
    'state-after-change',
    'getComputerConnectionCredentials',
    'assumed',
    stored,
    'credentials given with the connection update read back',
    credentials.exchange,
  );
  // Deleting credentials binds when there were some; deleting none may be an error (assumed either way).
  const missing = { status: 200, source: 'assumed', what: 'deleting credentials that are not there is not an error' } as const;
  await client.call('deleteComputerConnectionCredentials', params, { expect: stored ? 200 : missing });
  const cleared = await client.call('getComputerConnectionCredentials', params, { expect: credentialsRead(false, scratch.connection) });
  learnCredentialsRead(client.learned, cleared);
  const readable = cleared.status === 200 || (cleared.status >= 400 && cleared.status < 500);
  const gone = readable && !containsText(cleared.status === 200 ? cleared.body : null, scratch.password ?? '\u0000');
  client.judge(
    'state-after-change',
    'deleteComputerConnectionCredentials',
    'documented',
    stored && readable ? gone : undefined,
    stored
      ? 'deleted credentials no longer read back'
      : 'deleted credentials no longer read back: could not check, no credentials could be stored on the scratch connection',
    cleared.exchange,
  );
  await client.call('deleteComputerConnectionCredentials', params, { expect: missing });
  await deleteScratch(client, params, true);
}

/** Deletes a connection the run added; with `check`, it then answers 404 and is gone from the lists. */
export async function deleteScratch(
  client: ScenarioClient,
  params: { computer_id: string; connection: string },
  check: boolean,
): Promise<void> {
  const deleted = await client.call('deleteComputerConnection', params, { expect: 200 });
  if (deleted.status !== 200) return;
  await client.run.log.append({ type: 'deleted', kind: 'computer-connection', id: params.connection, computer: params.computer_id });
  if (!check) return;
  await client.call('getComputerConnection', params, {
    expect: answersGone('a deleted computer connection answers 404'),
  });
  const list = await client.call('listComputerConnections', { computer_id: params.computer_id }, { expect: 200 });
  const readable = list.status === 200 && listReadable(list.body, client.learned.lists['computer-connections']);
  const listed = listsConnection(list.body, params.connection);
  client.judge(
    'use-after-free',
    'deleteComputerConnection',
    'documented',
    readable ? !listed : undefined,
    "a deleted connection is gone from the computer's connections",
    list.exchange,
  );
  const actions = await client.call('listComputerActions', { computer_id: params.computer_id }, { expect: 200 });
  const offered = readActions(actions.body);
  const left = offered?.actions.some((action) => action.startsWith(`${params.connection}/`));
  client.judge(
    'use-after-free',
    'deleteComputerConnection',
    'assumed',
    offered === undefined ? undefined : !left,
    "a deleted connection's actions are gone from the computer's actions",
    actions.exchange,
  );
}
