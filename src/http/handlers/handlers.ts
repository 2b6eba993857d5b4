import type { Descriptions } from '../../load-descriptions.js';
import type { ServerControl } from '../../server-control.js';
import type { MockContext } from '../../sessions/mock-context.js';
import type { MockSessions } from '../../sessions/mock-sessions.js';
import type { Store } from '../../store/store.js';
import type { OperationHandler } from '../bind-operations.js';

/** What the mock as a whole offers the admin handlers. */
export interface MockControl {
  sessions: MockSessions;
  descriptions: Descriptions;
  /** Absent when the app is not served by a socket of ours (nothing to refuse). */
  server?: ServerControl;
}

/** What a handler works on: the request's session (and its store), and the mock. */
export interface RequestState {
  store: Store;
  context: MockContext;
  mock: MockControl;
}

export type Handlers = Record<string, OperationHandler<RequestState>>;
