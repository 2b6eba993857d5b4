import type { CheckName } from './check-result.js';
import type { Source } from './contract.js';

/** What a judged call must answer (a bare number is its status), and how a miss is marked. */
export interface Expectation {
  status: number;
  /** The name of the check this expectation is (default `expected-status`). */
  check?: CheckName;
  /** Whether an answer that is not a 4xx, where a 4xx is expected, breaks the documented part. */
  rejection?: Source;
  /** The behaviour, as a sentence: "a deleted group answers 404". */
  what?: string;
  /** Overrides the marks when the behaviour itself is an assumption (e.g. a PUT that adds a connection). */
  source?: Source;
  /** The kind of error the request provokes (`not-found`, `unknown-key`), for what the kit learns of errors. */
  errorKind?: string;
}
