import type { FaultConfig } from '../../faults/fault-set.js';
import { DomainError } from '../../store/domain-error.js';
import type { Handlers } from './handlers.js';

/** Where a fixture in an admin request comes from, as its errors name it. */
const BODY = 'the request body';

/** The mock's own controls, under /__admin: never on the API's paths. Each works on the request's session. */
export const adminHandlers: Handlers = {
  getHealth: () => ({ status: 'ok' }),

  listActions: ({ state, query }) => ({ actions: state.store.actions.list(query) }),
  countActions: ({ state, query }) => ({ count: state.store.actions.count(query) }),
  clearActions: ({ state }) => state.store.actions.clear(),
  listRequests: ({ state, query }) => ({ requests: state.session.requests.list(query) }),
  countRequests: ({ state, query }) => ({ count: state.session.requests.count(query) }),
  clearRequests: ({ state }) => state.session.requests.clear(),

  resetState: ({ state, body }) => state.mock.controller.reset(state.session, body, BODY),
  exportState: ({ state, query }) => state.session.exportState(query.includeSecrets === true),
  importState: ({ state, body }) => state.mock.controller.importState(state.session, body, BODY),

  getFaults: ({ state }) => state.session.faults.state(Date.now()),
  setFaults: ({ state, body }) => state.mock.controller.setFaults(state.session, body as FaultConfig),
  clearFaults: ({ state }) => state.mock.controller.clearFaults(state.session),

  listRemoteSessions: ({ state }) => ({ sessions: state.store.actions.remoteSessions() }),
  endAllRemoteSessions: ({ state }) => state.store.actions.endAllRemoteSessions(),
  endRemoteSession: ({ state, params }) => state.store.actions.endRemoteSession(Number(params.id)),

  listMockSessions: ({ state }) => ({ sessions: state.mock.sessions.list() }),
  deleteMockSession: ({ state, params }) => {
    if (!state.mock.sessions.drop(params.name!)) throw new DomainError('not-found', 'no mock session has this name');
  },
};
