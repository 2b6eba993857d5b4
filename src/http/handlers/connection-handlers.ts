import type { Handlers } from './handlers.js';

export const connectionHandlers: Handlers = {
  createConnection: ({ state, body }) => {
    const id = state.store.createConnection(body);
    return { id, item: state.store.getConnection(id) };
  },
  updateConnection: ({ state, params, body }) => state.store.updateConnection(params.uid!, body),
  setConnectionCredentials: ({ state, params, body }) => state.store.setConnectionCredentials(params.uid!, body),
  deleteConnectionCredentials: ({ state, params }) => state.store.deleteConnectionCredentials(params.uid!),
  deleteConnection: ({ state, params }) => state.store.deleteConnection(params.uid!),
};
