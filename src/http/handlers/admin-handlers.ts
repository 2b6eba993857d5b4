import type { Handlers } from './handlers.js';

/** The mock's own controls, under /__admin: never on the API's paths. */
export const adminHandlers: Handlers = {
  getHealth: () => ({ status: 'ok' }),
  listActions: ({ state }) => ({ actions: state.store.listActions() }),
  clearActions: ({ state }) => state.store.clearActions(),
  resetState: ({ state }) => state.reset(),
};
