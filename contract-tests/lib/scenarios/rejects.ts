import type { CallOptions, Reply, Session } from '../session.js';

export interface Rejection {
  operationId: string;
  params?: Record<string, string>;
  options: CallOptions;
  status: number;
  what: string;
  /** Reads the state the request must leave alone; omitted for reads. */
  state?: () => Promise<unknown>;
}

/** Invalid input is rejected with the expected 4xx (negative data rejection) and changes nothing. */
export async function rejects(session: Session, rejection: Rejection): Promise<Reply> {
  const before = rejection.state ? await rejection.state() : undefined;
  const reply = await session.call(rejection.operationId, rejection.params ?? {}, {
    ...rejection.options,
    expect: { status: rejection.status, check: 'negative-data-rejection', what: rejection.what },
  });
  if (rejection.state) {
    const after = await rejection.state();
    const same = JSON.stringify(before) === JSON.stringify(after);
    // A rejected request that changed something breaks "an error changes nothing"; an accepted one was allowed to.
    const source = reply.status >= 400 && reply.status < 500 ? 'documented' : 'assumed';
    session.verify(
      'negative-data-rejection',
      rejection.operationId,
      source,
      same,
      `${rejection.what}, and changes nothing`,
      reply.exchange,
    );
  }
  return reply;
}

/** A reader of one resource's body, for `state`. */
export function reader(session: Session, operationId: string, params: Record<string, string> = {}): () => Promise<unknown> {
  return async () => {
    const reply = await session.call(operationId, params);
    return { status: reply.status, body: reply.body };
  };
}
