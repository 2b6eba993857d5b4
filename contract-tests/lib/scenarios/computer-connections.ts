import type { ScenarioClient } from '../scenario-client.js';
import { discoverComputerConnections } from '../shapes/discover.js';

/** The --computer's connections, read from its list in whatever shape the target writes it. */
export async function computerConnectionIds(client: ScenarioClient, computerId: string): Promise<string[]> {
  const list = await client.call('listComputerConnections', { computer_id: computerId }, { expect: 200 });
  return list.status === 200 ? discoverComputerConnections(client.reader(), computerId, list.body) : [];
}
