import type { HttpBindings } from '@hono/node-server';
import type { Deviation } from '../proxy/deviation.js';
import type { MockSession } from '../sessions/mock-session.js';

/** What the Hono app carries per request: Node's request/response, the session, the parsed body. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    session: MockSession;
    requestBody: unknown;
    /** The body's size on the wire: what an accepted write may add to the session's data, at most (and a bit). */
    requestBytes: number;
    /** In proxy mode: where the real Remotix's answer and the document part ways. */
    deviations: Deviation[];
  };
}
