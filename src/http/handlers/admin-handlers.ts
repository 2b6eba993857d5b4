import type { FaultConfig } from '../../faults/fault-set.js';
import { checkFixture } from '../../fixtures/check-fixture.js';
import { DomainError } from '../../store/domain-error.js';
import type { Fixture } from '../../store/types.js';
import type { Handlers, RequestState } from './handlers.js';

/** The mock's own controls, under /__admin: never on the API's paths. Each works on the request's session. */
export const adminHandlers: Handlers = {
  getHealth: () => ({ status: 'ok' }),

  listActions: ({ state, query }) => ({ actions: state.store.actions.list(query) }),
  countActions: ({ state, query }) => ({ count: state.store.actions.count(query) }),
  clearActions: ({ state }) => state.store.actions.clear(),
  listRequests: ({ state, query }) => ({ requests: state.context.requests.list(query) }),
  countRequests: ({ state, query }) => ({ count: state.context.requests.count(query) }),
  clearRequests: ({ state }) => state.context.requests.clear(),

  resetState: ({ state, body }) => {
    state.context.reset(body === undefined ? undefined : fixtureOf(state, body));
    syncServer(state);
  },
  exportState: ({ state, query }) => state.context.exportState(query.includeSecrets === true),
  importState: ({ state, body }) => state.context.importState(fixtureOf(state, body)),

  getFaults: ({ state }) => state.context.faults.state(Date.now()),
  setFaults: ({ state, body }) => {
    state.context.faults.configure(body as FaultConfig, Date.now());
    syncServer(state);
    return state.context.faults.state(Date.now());
  },
  clearFaults: ({ state }) => {
    state.context.faults.clear();
    syncServer(state);
  },

  listRemoteSessions: ({ state }) => ({ sessions: state.store.actions.remoteSessions() }),
  endAllRemoteSessions: ({ state }) => state.store.actions.endAllRemoteSessions(),
  endRemoteSession: ({ state, params }) => state.store.actions.endRemoteSession(Number(params.id)),

  listMockSessions: ({ state }) => ({ sessions: state.mock.sessions.list() }),
  deleteMockSession: ({ state, params }) => {
    if (!state.mock.sessions.drop(params.name!)) throw new DomainError('not-found', 'no mock session has this name');
  },
};

/** A body already valid against `Fixture`; this adds the checks a schema cannot make (ids, references). */
function fixtureOf(state: RequestState, body: unknown): Fixture {
  const { validateFixture, dialect } = state.mock.descriptions;
  return checkFixture(body, validateFixture, 'the request body', dialect.ids.space);
}

/** The default session's `app-not-running` fault is a listening socket that stops listening. */
function syncServer(state: RequestState): void {
  if (state.context === state.mock.sessions.default) state.mock.server?.sync(state.context);
}
