import type { Reply } from '../exchange.js';
import type { ScenarioClient } from '../scenario-client.js';
import { sameState, withoutDerived } from '../shapes/derived.js';
import { asObject, type Json, json } from '../shapes/json-walk.js';
import { learnDefault, learnPolicy } from '../shapes/learned.js';
import { connectionType, settingsIn } from '../shapes/read-computer-connections.js';
import { chooseProbe, documentDefault, type SettingProbe } from './settings-probe.js';

/**
 * On one existing connection of the --computer, with a key its settings GET returned: a partial update
 * changes that key and nothing else, a repeat gives the same state, `null` resets the key to one default
 * (the same whatever it was set to, or the key is gone); then what the target showed is put back.
 */
export async function partialUpdateAndReset(client: ScenarioClient, computerId: string, connections: readonly string[]): Promise<void> {
  for (const connection of connections) {
    const params = { computer_id: computerId, connection };
    const read = await client.call('getComputerConnection', params, { expect: 200 });
    const probe = read.status === 200 ? chooseProbe(read.body, connection, client.run.contract) : undefined;
    if (probe) return probeSetting(client, params, read.body, probe);
  }
  client.couldNotCheck(
    'state-after-change',
    'updateComputerConnection',
    'documented',
    `a partial update changes only the given key: could not check, none of the computer's connections (${connections.join(', ') || 'none listed'}) shows a setting the kit knows a second value for`,
  );
}

async function probeSetting(
  client: ScenarioClient,
  params: { computer_id: string; connection: string },
  before: unknown,
  probe: SettingProbe,
): Promise<void> {
  const { key, shown, other } = probe;
  const set = (value: unknown) => client.call('updateComputerConnection', params, { body: { [key]: value }, expect: 200 });
  const read = () => client.call('getComputerConnection', params, { expect: 200 });
  try {
    await set(other);
    const once = await read();
    onlyKeyChanged(client, once, before, key, other, `a partial update of ${params.connection} changes ${key} and nothing else`);
    await set(other);
    const twice = await read();
    const same = sameState(once.body, twice.body);
    client.verify(
      'idempotent-update',
      'updateComputerConnection',
      'documented',
      same,
      'the same partial update twice gives the same state',
      twice.exchange,
    );
    await set(null);
    const first = await read();
    await set(shown);
    await set(null);
    const second = await read();
    judgeReset(client, params.connection, probe, first, second);
  } finally {
    await restoreSetting(client, params, probe, before);
  }
}

/** `null` resets: after `key: other` and after `key: shown`, a `null` leaves the same value (or no key): the default. */
function judgeReset(client: ScenarioClient, connection: string, probe: SettingProbe, first: Reply, second: Reply): void {
  const { key, shown, other } = probe;
  const a = settingsIn(first.body)?.settings;
  const b = settingsIn(second.body)?.settings;
  const valueA = a?.[key];
  const valueB = b?.[key];
  const stored = valueA === null || valueB === null;
  const passed = a !== undefined && b !== undefined && !stored && json(valueA) === json(valueB);
  const seen = `after ${key}: ${json(other)} and null it reads ${show(a, key)}; after ${key}: ${json(shown)} and null, ${show(b, key)}`;
  const message = `null resets ${key} of ${connection} to its default (the same value whatever it was set to, or no value)`;
  client.verify(
    'state-after-change',
    'updateComputerConnection',
    'documented',
    passed,
    passed ? message : `${message}: ${seen}`,
    second.exchange,
  );
  const type = connectionType(connection);
  if (passed && type) learnDefault(client.learned, type, key, valueA);
  if (passed)
    learnPolicy(client.learned, 'null-reset', {
      outcome: valueA === undefined ? 'key-removed' : 'default-value',
      httpStatus: 200,
      detail: seen,
    });
  const fallback = documentDefault(client.run.contract, connection, key);
  if (fallback === undefined || !passed || valueA === undefined) return;
  client.verify(
    'state-after-change',
    'updateComputerConnection',
    'assumed',
    json(valueA) === json(fallback),
    `null resets ${key} to the document's default ${json(fallback)} (it reads ${json(valueA)})`,
    first.exchange,
  );
}

const show = (object: Json | undefined, key: string) =>
  object === undefined ? '(no settings)' : key in object ? json(object[key]) : '(no such key)';

function onlyKeyChanged(client: ScenarioClient, reply: Reply, before: unknown, key: string, value: unknown, message: string): void {
  const after = asObject(withoutDerived(settingsIn(reply.body)?.settings)) ?? {};
  const stable = asObject(withoutDerived(settingsIn(before)?.settings)) ?? {};
  const changed = json(after[key]) === json(value);
  const others = Object.keys({ ...stable, ...after }).filter((k) => k !== key && json(stable[k]) !== json(after[k]));
  const detail = !changed
    ? `${message}: ${key} reads ${json(after[key])}`
    : others.length > 0
      ? `${message}: ${others.join(', ')} changed too`
      : message;
  client.verify('state-after-change', 'updateComputerConnection', 'documented', changed && others.length === 0, detail, reply.exchange);
}

async function restoreSetting(
  client: ScenarioClient,
  params: { computer_id: string; connection: string },
  probe: SettingProbe,
  before: unknown,
): Promise<void> {
  const { key, shown } = probe;
  const restore = await client.call('updateComputerConnection', params, { body: { [key]: shown }, expect: 200 });
  if (restore.status !== 200) return;
  const after = await client.call('getComputerConnection', params, { expect: 200 });
  const same = sameState(after.body, before);
  client.verify(
    'state-after-change',
    'updateComputerConnection',
    'documented',
    same,
    `${params.connection} reads back as it was after ${key} is put back`,
    after.exchange,
  );
  if (same) await client.markRestored(params.computer_id, params.connection);
}
