import type { Handlers } from './handlers.js';

/** Each accepted ACTION lands in the journal; the dialect says what the answer carries. */
export const actionHandlers: Handlers = {
  connectConnection: ({ state, params, origin }) => state.store.connect(params.uid!, origin),
  chatWithComputer: ({ state, params, origin }) => state.store.runComputerAction(params.computer_id!, null, 'chat', origin),
  runComputerAction: ({ state, params, origin }) =>
    state.store.runComputerAction(params.computer_id!, params.connection!, params.action!, origin),
};
