import type { Reply } from '../exchange.js';
import type { Expectation, ScenarioClient } from '../scenario-client.js';
import { learnPolicy } from '../shapes/learned.js';

export type ItemChange = { name?: string; category_uid?: string };

/** An update of a connection or a computer: `PUT /connection/{uid}` or `PUT /computer/{computer_id}`. */
export interface ItemUpdate {
  operationId: 'updateConnection' | 'updateComputer';
  params: Record<string, string>;
  change: ItemChange;
  /** The item's name and group as they are now: what the documented body `{name, category_uid}` carries unchanged. */
  current: ItemChange;
  /** What a 200 to the documented body means, as a sentence (default: the operation answers 200). */
  what?: string;
}

/** The policy learned for each operation: a target may take one key alone on one path and not on the other. */
export const PARTIAL_UPDATE_POLICY = {
  updateConnection: 'partial-connection-update',
  updateComputer: 'partial-computer-update',
} as const;

/** Whether the target was seen to refuse an update of `operationId` that names only one of the documented keys. */
export function refusesPartialUpdates(client: ScenarioClient, operationId: ItemUpdate['operationId']): boolean {
  return client.learned.policies.get(PARTIAL_UPDATE_POLICY[operationId])?.outcome === 'refused';
}

/**
 * The body of an update of `operationId`: the keys changed, and the other documented key with its current
 * value, once the target was seen to refuse a body with only one of them (otherwise the change alone).
 */
export function updateBody(
  client: ScenarioClient,
  operationId: ItemUpdate['operationId'],
  change: ItemChange,
  current: ItemChange,
): ItemChange {
  return refusesPartialUpdates(client, operationId) ? { ...current, ...change } : { ...change };
}

/**
 * The reference documents the body `{name, category_uid}`; that one key alone will do is an assumption.
 * The change is sent alone first (judged as assumed): a target that refuses it with a 4xx gets the whole
 * documented body (the unchanged key with its current value), which must answer 200. The refusal is what
 * the kit learns (`partial-connection-update`, `partial-computer-update`); once learned, the whole body goes first.
 */
export async function updateItem(client: ScenarioClient, update: ItemUpdate): Promise<Reply> {
  const { operationId, params, change, current } = update;
  const full = { ...current, ...change };
  const documented: Expectation = { status: 200, ...(update.what ? { what: update.what } : {}) };
  const complete = Object.keys(full).length === 2;
  if (refusesPartialUpdates(client, operationId) || Object.keys(change).length === 2 || !complete) {
    return client.call(operationId, params, { body: complete ? full : change, expect: documented });
  }
  const path = client.run.contract.operation(operationId).path;
  const partial = await client.call(operationId, params, {
    body: change,
    expect: {
      status: 200,
      source: 'assumed',
      what: `PUT ${path} with only ${Object.keys(change).join(' and ')} (the reference shows {name, category_uid}) answers 200`,
      errorKind: 'partial-update',
    },
  });
  if (partial.status < 400 || partial.status >= 500) {
    if (partial.status === 200) learnPartial(client, operationId, 'accepted', partial);
    return partial;
  }
  learnPartial(client, operationId, 'refused', partial);
  return client.call(operationId, params, { body: full, expect: documented });
}

function learnPartial(client: ScenarioClient, operationId: ItemUpdate['operationId'], outcome: 'accepted' | 'refused', reply: Reply): void {
  const { method, path } = reply.exchange.request;
  learnPolicy(client.learned, PARTIAL_UPDATE_POLICY[operationId], {
    outcome,
    httpStatus: reply.status,
    detail: `${method} ${path} with only ${Object.keys((reply.exchange.request.body as object) ?? {}).join(', ')}`,
  });
}
