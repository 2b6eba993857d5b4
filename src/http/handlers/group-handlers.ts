import type { Handlers } from './handlers.js';

/** Handlers return the store's plain data; the dialect's presentation writes the answer. */
export const groupHandlers: Handlers = {
  listGroups: ({ state }) => state.store.listGroups(),
  getGroup: ({ state, params }) => state.store.getGroupItems(params.group_uid!),
  listNearby: ({ state }) => state.store.listNearby(),
  createGroup: ({ state, body }) => {
    const id = state.store.createGroup(body.name);
    return { id, item: state.store.getGroup(id) };
  },
  renameGroup: ({ state, params, body }) => state.store.renameGroup(params.group_uid!, body.name),
  deleteGroup: ({ state, params }) => state.store.deleteGroup(params.group_uid!),
};
