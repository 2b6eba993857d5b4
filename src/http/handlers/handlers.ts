import type { Descriptions } from '../../load-descriptions.js';
import type { MockSession } from '../../sessions/mock-session.js';
import type { MockSessions } from '../../sessions/mock-sessions.js';
import type { SessionController } from '../../sessions/session-controller.js';
import type { Store } from '../../store/store.js';
import type { OperationHandler } from '../bind-operations.js';

/** What the mock as a whole offers the admin handlers. */
export interface MockControl {
  sessions: MockSessions;
  /** Every change to a session's state goes through it (reset, import, faults). */
  controller: SessionController;
  descriptions: Descriptions;
}

/** What a handler works on: the request's session (and its store), and the mock. */
export interface RequestState {
  store: Store;
  session: MockSession;
  mock: MockControl;
}

export type Handlers = Record<string, OperationHandler<RequestState>>;
