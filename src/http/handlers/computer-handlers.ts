import type { Handlers } from './handlers.js';

export const computerHandlers: Handlers = {
  getComputer: ({ state, params }) => state.store.getComputer(params.computer_id!),
  updateComputer: ({ state, params, body }) => state.store.updateComputer(params.computer_id!, body),
  deleteComputer: ({ state, params }) => state.store.deleteComputer(params.computer_id!),
  listComputerActions: ({ state, params }) => state.store.listComputerActions(params.computer_id!),
  listComputerConnections: ({ state, params }) => state.store.listComputerConnections(params.computer_id!),
  getComputerConnection: ({ state, params }) => state.store.getComputerConnection(params.computer_id!, params.connection!),
  updateComputerConnection: ({ state, params, body }) =>
    state.store.updateComputerConnection(params.computer_id!, params.connection!, body),
  deleteComputerConnection: ({ state, params }) => state.store.deleteComputerConnection(params.computer_id!, params.connection!),
  getComputerConnectionCredentials: ({ state, params }) =>
    state.store.getComputerConnectionCredentials(params.computer_id!, params.connection!),
  deleteComputerConnectionCredentials: ({ state, params }) =>
    state.store.deleteComputerConnectionCredentials(params.computer_id!, params.connection!),
};
