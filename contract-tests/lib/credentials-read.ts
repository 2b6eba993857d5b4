import type { Reply } from './exchange.js';
import type { Expectation } from './expectation.js';
import { asObject } from './shapes/json-walk.js';
import { type Learned, learnError, learnPolicy } from './shapes/learned.js';

/**
 * What `GET /computer/{id}/{connection}/credentials` must answer. The reference documents the read, not
 * what it answers for a connection with no credentials stored (`{}`, or a 4xx): a 4xx binds only where the
 * run knows credentials are there (`known`: read with a 200 that showed some); otherwise it is assumed. A
 * 5xx, or a 200 that is not JSON, breaks the document either way (the conformance checks judge those).
 */
export function credentialsRead(known: boolean, connection: string): Expectation {
  return known
    ? { status: 200, source: 'documented', what: `the credentials of ${connection}, known to be stored, answer 200` }
    : {
        status: 200,
        source: 'assumed',
        what: `the credentials of ${connection} answer 200 (whether a connection without credentials answers {} or a 4xx is not documented)`,
      };
}

/** Whether a credentials read showed some (a 200 with a non-empty object). */
export function showsCredentials(reply: Reply): boolean {
  const object = asObject(reply.body);
  return reply.status === 200 && object !== undefined && Object.keys(object).length > 0;
}

/**
 * What a credentials read that shows none teaches (`empty-credentials-read`): a 4xx (its status and body, as
 * an error of that kind), or a 200 with `{}`. A read that shows credentials teaches nothing of this.
 */
export function learnCredentialsRead(learned: Learned, reply: Reply): void {
  const { method, path } = reply.exchange.request;
  if (reply.status >= 400 && reply.status < 500) {
    learnError(learned, 'empty-credentials-read', reply.status, reply.contentType, reply.exchange.response?.body);
    learnPolicy(learned, 'empty-credentials-read', { outcome: 'error', httpStatus: reply.status, detail: `${method} ${path}` });
  } else if (reply.status === 200 && !showsCredentials(reply)) {
    learnPolicy(learned, 'empty-credentials-read', { outcome: 'empty-answer', httpStatus: 200, detail: `${method} ${path}` });
  }
}
