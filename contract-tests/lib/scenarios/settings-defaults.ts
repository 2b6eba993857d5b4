import type { ScenarioClient } from '../scenario-client.js';
import { sameState } from '../shapes/derived.js';
import { json } from '../shapes/json-walk.js';
import { learnDefault } from '../shapes/learned.js';
import { connectionType, settingsIn } from '../shapes/read-computer-connections.js';
import { resettableKeys } from './settings-probe.js';

/**
 * Every setting's default, as the target shows it: on each connection of the --computer, each key its GET
 * returned is set to `null`, read (the value then is the key's default, or the key is gone), and put back as
 * it was; the connection must then read as before (documented: only the given key changes). What no
 * document says, the default, is only learned, never judged.
 */
export async function learnSettingsDefaults(client: ScenarioClient, computerId: string, connections: readonly string[]): Promise<void> {
  for (const connection of connections) {
    const type = connectionType(connection);
    if (!type) continue;
    const params = { computer_id: computerId, connection };
    const before = await client.call('getComputerConnection', params, { expect: 200 });
    const shown = before.status === 200 ? settingsIn(before.body)?.settings : undefined;
    if (!shown || typeof shown !== 'object' || Array.isArray(shown)) continue;
    const values = shown as Record<string, unknown>;
    for (const key of resettableKeys(values)) {
      if (client.learned.settingsDefaults.get(type)?.has(key)) continue;
      const reset = await client.call('updateComputerConnection', params, { body: { [key]: null }, expect: 200 });
      if (reset.status !== 200) continue;
      const after = await client.call('getComputerConnection', params, { expect: 200 });
      const settings = after.status === 200 ? settingsIn(after.body)?.settings : undefined;
      if (settings && typeof settings === 'object' && !Array.isArray(settings)) {
        const value = (settings as Record<string, unknown>)[key];
        // A null the target stores is no default (the documented reset check judges it).
        if (value !== null) learnDefault(client.learned, type, key, value);
      }
      if (json(settings === undefined ? undefined : (settings as Record<string, unknown>)[key]) === json(values[key])) continue;
      await client.call('updateComputerConnection', params, { body: { [key]: values[key] }, expect: 200 });
    }
    const restored = await client.call('getComputerConnection', params, { expect: 200 });
    client.verify(
      'state-after-change',
      'updateComputerConnection',
      'documented',
      sameState(restored.body, before.body),
      `${connection} reads back as it was after each of its settings was reset with null and put back`,
      restored.exchange,
    );
  }
}
