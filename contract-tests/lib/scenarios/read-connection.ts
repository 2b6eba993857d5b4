import type { CheckName } from '../check-result.js';
import type { Reply } from '../exchange.js';
import { expectAbsent, expectPresent } from '../located-checks.js';
import type { ScenarioClient } from '../scenario-client.js';
import { sameState } from '../shapes/derived.js';
import type { Json } from '../shapes/json-walk.js';

type ListCheck = Extract<CheckName, 'resource-availability' | 'state-after-change' | 'use-after-free'>;

/** Reads a group and finds one of its connections, wherever its answer lists it (checking that it is there, or not). */
export async function readConnection(
  client: ScenarioClient,
  groupUid: string,
  uid: string,
  present: boolean,
  spec: { check: ListCheck; operationId: string; message: string },
): Promise<{ reply: Reply; item: Json | undefined; found: boolean }> {
  const reply = await client.call('getGroup', { group_uid: groupUid }, { expect: 200 });
  const item = { list: 'group-connections', kind: 'connection', id: uid, ...spec } as const;
  if (!present) {
    expectAbsent(client, reply, item);
    return { reply, item: undefined, found: false };
  }
  return { reply, ...expectPresent(client, reply, item) };
}

/** The item reads the same after a repeated update (derived values left out); unreadable items cannot be compared. */
export function expectSameState(
  client: ScenarioClient,
  operationId: string,
  before: Json | undefined,
  after: { reply: Reply; item: Json | undefined },
  message: string,
): void {
  const passed = before === undefined || after.item === undefined ? undefined : sameState(before, after.item);
  client.judge(
    'idempotent-update',
    operationId,
    'documented',
    passed,
    passed === undefined ? `${message}: could not check, the item was not found` : message,
    after.reply.exchange,
  );
}
