import type { CheckResult } from './check-result.js';
import type { Contract } from './contract.js';
import type { HttpClient } from './http-client.js';
import type { Permission } from './kit-options.js';
import type { RunLog } from './run-log.js';
import type { SafetyGuard } from './safety-guard.js';
import type { Learned } from './shapes/learned.js';
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
  /** Status codes seen per operation. */
  observed: Map<string, Set<number>>;
  /** Operations whose success path (a 200) ran and was judged: only these count as exercised. */
  succeeded: Set<string>;
  /** Scenarios that stopped before their end. */
  stopped: Set<string>;
  /** Computers the run deliberately deleted: left out of the before/after comparison. */
  deletedComputers: Set<string>;
  /** Changes of the --computer logged and not yet put back: `computer` or `computer/connection`. */
  openChanges: Set<string>;
  /** Kinds whose id key is in the run log already (for a cleanup in another process). */
  loggedIdKeys: Set<string>;
  /** What the kit learned of the target's shapes and choices. */
  learned: Learned;
  /** Taken by the first scenario; compared with a second one after cleanup. */
  before?: Snapshot;
  /** Aborted on SIGINT/SIGTERM: the request in flight is abandoned and no scenario starts. */
  signal: AbortSignal;
}
