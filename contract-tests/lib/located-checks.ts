import type { CheckName } from './check-result.js';
import type { Reply } from './exchange.js';
import type { ScenarioClient } from './scenario-client.js';
import { type Json, json, sameId } from './shapes/json-walk.js';
import { type ItemKind, type ListName, learnId, learnItem, learnList } from './shapes/learned.js';
import { describeArray, keyWithValue, listReadable, locate, nameLikeKey } from './shapes/read-lists.js';

export interface ItemSpec {
  list: ListName;
  kind: ItemKind;
  id: string;
}

export interface CheckSpec {
  check: CheckName;
  operationId: string;
  message: string;
}

/**
 * Finds an item in a list answer by its id, wherever it sits, and learns where that is. `readable` says
 * whether the answer is a list at all, so that the item's absence means something.
 */
export function locateItem(
  client: ScenarioClient,
  reply: Reply,
  spec: ItemSpec,
): { item: Json | undefined; found: boolean; readable: boolean } {
  if (reply.status !== 200) return { item: undefined, found: false, readable: false };
  const shape = client.learned.lists[spec.list];
  const found = locate(reply.body, spec.id, shape?.idKey);
  if (!found) return { item: undefined, found: false, readable: listReadable(reply.body, shape) };
  learnList(
    client.learned,
    spec.list,
    { at: found.arrayAt, items: found.item ? 'objects' : 'scalars', idKey: found.key },
    found.item ?? found.key,
  );
  learnItem(client.learned, spec.kind, { idKey: found.key }, found.item);
  learnId(client.learned, spec.kind, spec.id);
  return { item: found.item, found: true, readable: true };
}

/** The item is in the list; a list that cannot be read at all is "could not check", never a pass. */
export function expectPresent(
  client: ScenarioClient,
  reply: Reply,
  spec: ItemSpec & CheckSpec,
): { item: Json | undefined; found: boolean } {
  const { item, found, readable } = locateItem(client, reply, spec);
  const detail = found
    ? spec.message
    : readable
      ? `${spec.message}: ${spec.id} is not in it`
      : `${spec.message}: could not check, the answer (${reply.status}) holds no list the kit can read`;
  client.judge(spec.check, spec.operationId, 'documented', found ? true : readable ? false : undefined, detail, reply.exchange);
  return { item, found };
}

export function expectAbsent(client: ScenarioClient, reply: Reply, spec: ItemSpec & CheckSpec): void {
  const { found, readable } = locateItem(client, reply, spec);
  const shape = client.learned.lists[spec.list];
  const detail = found
    ? `${spec.message}: ${spec.id} is still in it`
    : readable
      ? spec.message
      : `${spec.message}: could not check, the answer (${reply.status}) is not ${shape ? describeArray(shape.at) : 'a list'}`;
  client.judge(spec.check, spec.operationId, 'documented', found ? false : readable ? true : undefined, detail, reply.exchange);
}

/**
 * The item shows `value` as its name. The name key is learned where the item first showed a name the kit
 * sent; before that, a key named like a name is judged; an item that shows no name cannot be checked.
 */
export function expectName(
  client: ScenarioClient,
  reply: Reply,
  item: Json | undefined,
  spec: { list: ListName; kind: ItemKind; value: string } & CheckSpec,
): boolean | undefined {
  const place = client.learned.lists[spec.list];
  if (!item) {
    client.couldNotCheck(
      spec.check,
      spec.operationId,
      'documented',
      `${spec.message}: could not check, the item was not found or shows only its id`,
      reply.exchange,
    );
    return undefined;
  }
  let key = place?.nameKey ?? keyWithValue(item, spec.value);
  if (key !== null && place && place.nameKey === undefined) place.nameKey = key;
  if (key !== null) learnItem(client.learned, spec.kind, { nameKey: key });
  key ??= nameLikeKey(item, [place?.idKey ?? '']);
  if (key === null) {
    client.couldNotCheck(
      spec.check,
      spec.operationId,
      'documented',
      `${spec.message}: could not check, the item shows no name (keys: ${Object.keys(item).join(', ')})`,
      reply.exchange,
    );
    return undefined;
  }
  return verifyKey(client, reply, item, key, item[key] === spec.value, spec);
}

function verifyKey(client: ScenarioClient, reply: Reply, item: Json, key: string, passed: boolean, spec: CheckSpec): boolean {
  const message = passed ? spec.message : `${spec.message}: ${key} reads ${json(item[key])}`;
  return client.verify(spec.check, spec.operationId, 'documented', passed, message, reply.exchange);
}

/** Learns which key of an item names its group, from the group the kit put it in. */
export function learnGroupKey(client: ScenarioClient, list: ListName, kind: ItemKind, item: Json | undefined, groupId: string): void {
  const key = item ? (Object.keys(item).find((k) => sameId(item[k], groupId)) ?? null) : null;
  const place = client.learned.lists[list];
  if (key === null) return;
  if (place && place.groupKey === undefined) place.groupKey = key;
  learnItem(client.learned, kind, { groupKey: key });
}

/** Where the item shows its group (a key learned earlier), it shows the group it was moved to. */
export function expectGroupRef(
  client: ScenarioClient,
  reply: Reply,
  item: Json | undefined,
  spec: { list: ListName; group: string } & CheckSpec,
): void {
  const key = client.learned.lists[spec.list]?.groupKey;
  if (key === undefined || !item) return;
  verifyKey(client, reply, item, key, sameId(item[key], spec.group), spec);
}
