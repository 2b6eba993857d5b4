import type { CheckResult } from './check-result.js';
import type { Contract } from './contract.js';
import type { HttpClient } from './http-client.js';
import type { Permission } from './kit-options.js';
import type { RunLog } from './run-log.js';
import type { SafetyGuard } from './safety-guard.js';
import type { Snapshot } from './snapshot.js';

export interface NotTested {
  operationId: string;
  reason: string;
}

/** Everything a run shares between its scenarios. */
export interface RunContext {
  contract: Contract;
  client: HttpClient;
  /** Assumed behaviour binds: the target is the mock, or `--strict`. */
  strict: boolean;
  granted: ReadonlySet<Permission>;
  guard: SafetyGuard;
  log: RunLog;
  runId: string;
  /** The one computer the run may change, or read for sure; undefined when none was given. */
  computer?: string;
  results: CheckResult[];
  notTested: NotTested[];
  /** Status codes seen per operation, for coverage. */
  observed: Map<string, Set<number>>;
  /** Computers the run deliberately deleted: left out of the before/after comparison. */
  deletedComputers: Set<string>;
  /** Taken by the first scenario; compared with a second one after cleanup. */
  before?: Snapshot;
  /** Aborted on SIGINT/SIGTERM: the request in flight is abandoned and no scenario starts. */
  signal: AbortSignal;
}
