import type { Handlers } from './handlers.js';

export const connectionHandlers: Handlers = {
  createConnection: ({ state, body }) => ({ uid: state.store.createConnection(body) }),
  updateConnection: ({ state, params, body }) => state.store.updateConnection(params.uid!, body),
  setConnectionCredentials: ({ state, params, body }) => state.store.setConnectionCredentials(params.uid!, body),
  deleteConnectionCredentials: ({ state, params }) => state.store.deleteConnectionCredentials(params.uid!),
  deleteConnection: ({ state, params }) => state.store.deleteConnection(params.uid!),
};
