import type { Context, Next } from 'hono';
import type { FaultDecision } from '../../faults/fault-set.js';
import type { MockSession } from '../../sessions/mock-session.js';
import { ApiProblem } from '../api-problem.js';
import type { AppEnv } from '../app-env.js';
import type { Layer } from '../compose-layers.js';

export const ADMIN_PREFIX = '/__admin';

/**
 * For API requests (never admin ones): applies the session's faults and latency, then journals the
 * request with its status, duration, masked body and the fault that shaped it.
 */
export function createApiTrafficMiddleware(problemResponse: (problem: ApiProblem) => Response): Layer {
  return function apiTraffic(c, next) {
    if (c.req.path === ADMIN_PREFIX || c.req.path.startsWith(`${ADMIN_PREFIX}/`)) return next();
    const session = c.get('session');
    const started = session.now();
    const record = (status: number, fault: string | undefined) =>
      session.requests.record({
        timeMs: started,
        method: c.req.method,
        path: c.req.path,
        status,
        durationMs: Math.max(0, session.now() - started),
        body: c.get('requestBody'),
        fault,
        deviations: c.get('deviations'),
      });

    if (session.faults.empty) {
      // Most requests: no fault, and an answer that is ready at once, so nothing waits.
      const answered = () => {
        noteWrite(c);
        record(c.res.status, undefined);
      };
      const done = next();
      if (done instanceof Promise) return done.then(answered);
      answered();
      return;
    }
    return faulted(c, next, session, record, problemResponse);
  };
}

async function faulted(
  c: Context<AppEnv>,
  next: Next,
  session: MockSession,
  record: (status: number, fault: string | undefined) => void,
  problemResponse: (problem: ApiProblem) => Response,
): Promise<Response | undefined> {
  const faulted = answerFault(c, session.faults.decide(c.req.method, c.req.path, Date.now()), problemResponse);
  if (faulted) {
    record(faulted.status, faulted.fault);
    return faulted.response;
  }
  const delay = session.faults.latency(() => session.random());
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  await next();
  noteWrite(c);
  record(c.res.status, delay > 0 ? `latency:${delay}ms` : undefined);
  return undefined;
}

/** An accepted PUT (or POST) may have grown the session's data: the memory budget counts it until it measures. */
function noteWrite(c: Context<AppEnv>): void {
  if ((c.req.method === 'PUT' || c.req.method === 'POST') && c.res.status < 300) c.get('session').noteWrite(c.get('requestBytes') ?? 0);
}

function answerFault(
  c: Context<AppEnv>,
  decision: FaultDecision,
  problemResponse: (problem: ApiProblem) => Response,
): { response: Response; status: number; fault: string } | null {
  switch (decision.kind) {
    case 'none':
      return null;
    case 'close':
    case 'app-not-running':
      c.env?.incoming?.socket.destroy();
      return { response: new Response(null, { status: 500 }), status: 0, fault: decision.kind === 'close' ? 'closed' : 'app-not-running' };
    case 'starting': {
      const headers = { 'retry-after': String(decision.retryAfterSeconds) };
      const response = problemResponse(new ApiProblem('starting', 'Remotix is starting; try again shortly', undefined, headers));
      return { response, status: response.status, fault: 'starting' };
    }
    case 'status': {
      const problem = new ApiProblem('injected-fault', `a fault rule answered ${decision.status}`, undefined, {}, decision.status);
      return { response: problemResponse(problem), status: decision.status, fault: `status:${decision.status}` };
    }
  }
}
