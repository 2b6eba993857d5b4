import type { Handlers } from './handlers.js';

export const groupHandlers: Handlers = {
  listGroups: ({ state }) => ({ groups: state.store.listGroups() }),
  getGroup: ({ state, params }) => state.store.getGroupItems(params.group_uid!),
  listNearby: ({ state }) => ({ connections: state.store.listNearby() }),
  createGroup: ({ state, body }) => ({ group_uid: state.store.createGroup(body.name) }),
  renameGroup: ({ state, params, body }) => state.store.renameGroup(params.group_uid!, body.name),
  deleteGroup: ({ state, params }) => state.store.deleteGroup(params.group_uid!),
};
