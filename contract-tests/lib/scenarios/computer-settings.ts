import { partialUpdateAndReset } from './computer-connection-settings.js';
import { computerConnectionIds } from './computer-connections.js';
import { renameAndMoveComputer } from './computer-main-settings.js';
import type { Scenario } from './scenario.js';
import { scratchConnection } from './scratch-connection.js';
import { learnSettingsDefaults } from './settings-defaults.js';

/** Everything the run may change on the --computer, each change put back. */
export const computerSettings: Scenario = {
  id: 'computer-settings',
  title:
    'the computer takes a rename, a move, a partial update and a null reset, and loses the credentials and settings of a connection the run added; everything is put back',
  needs: ['writes', 'computer'],
  covers: ['updateComputer', 'updateComputerConnection', 'deleteComputerConnectionCredentials', 'deleteComputerConnection'],
  async run(client) {
    const computerId = client.run.computer!;
    await renameAndMoveComputer(client, computerId);
    const connections = await computerConnectionIds(client, computerId);
    await partialUpdateAndReset(client, computerId, connections);
    await learnSettingsDefaults(client, computerId, connections);
    await scratchConnection(client, computerId, connections);
  },
};
