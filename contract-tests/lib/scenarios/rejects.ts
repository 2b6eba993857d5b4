import type { Reply } from '../exchange.js';
import type { CallOptions, ScenarioClient } from '../scenario-client.js';
import { sameState } from '../shapes/derived.js';

export interface Rejection {
  operationId: string;
  params?: Record<string, string>;
  options: CallOptions;
  status: number;
  what: string;
  /** The kind of error it provokes, for what the kit learns of the target's error answers. */
  kind: string;
  /** Reads the state the request must leave alone; omitted for reads. */
  state?: () => Promise<unknown>;
  /** Puts the state back when a lenient target accepted the request and it changed something. */
  restore?: () => Promise<void>;
}

/**
 * Invalid input is rejected with the expected 4xx (which 4xx is assumed) and, when rejected, changes nothing.
 * A target may accept it instead (where the reference is silent): that is an observed difference, and what
 * it changed is put back.
 */
export async function rejects(client: ScenarioClient, rejection: Rejection): Promise<Reply> {
  const before = rejection.state ? await rejection.state() : undefined;
  const reply = await client.call(rejection.operationId, rejection.params ?? {}, {
    ...rejection.options,
    expect: { status: rejection.status, check: 'negative-data-rejection', what: rejection.what, errorKind: rejection.kind },
  });
  if (!rejection.state) return reply;
  const after = await rejection.state();
  const same = sameState(before, after);
  if (reply.status >= 400 && reply.status < 500) {
    client.verify(
      'negative-data-rejection',
      rejection.operationId,
      'documented',
      same,
      `${rejection.what}, and changes nothing`,
      reply.exchange,
    );
  } else if (!same && rejection.restore) {
    await rejection.restore();
  }
  return reply;
}

/** A reader of one resource's body, for `state`. */
export function reader(client: ScenarioClient, operationId: string, params: Record<string, string> = {}): () => Promise<unknown> {
  return async () => {
    const reply = await client.call(operationId, params);
    return { status: reply.status, body: reply.body };
  };
}
