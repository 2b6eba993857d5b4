import type { Store } from '../../store/store.js';
import type { OperationHandler } from '../bind-operations.js';

/** What the API and admin handlers work on. */
export interface MockState {
  store: Store;
  /** Back to the fixtures the mock was started with. */
  reset(): void;
}

export type Handlers = Record<string, OperationHandler<MockState>>;
