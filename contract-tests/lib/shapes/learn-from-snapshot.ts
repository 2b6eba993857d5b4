import type { Snapshot } from '../snapshot.js';
import { asObject, isScalarId, type Json, sameId, unwrapped, valueAt } from './json-walk.js';
import { type Learned, type ListName, learnBeside, learnItem, learnList } from './learned.js';
import { chooseArray, locate, recordOf, recordPlace } from './read-lists.js';

/**
 * Where an answer wraps its record one key deep (`{ok: true, data: {...}}`): that key as `at`, and what
 * stands beside it as `beside`. The first answer read wins.
 */
function learnWrapping(place: { at: string | null; beside?: Record<string, unknown> }, body: unknown, record: Json): void {
  const object = asObject(body);
  if (!object || object === record || place.beside !== undefined) return;
  const key = Object.keys(object).find((k) => object[k] === record);
  if (key === undefined) return;
  place.at = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  place.beside = Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

/** How many items a group's answer lists, where the kit located its lists; undefined when it did not. */
function membersIn(learned: Learned, body: unknown): number | undefined {
  const places = [...new Set([learned.lists['group-connections']?.at, learned.lists['group-computers']?.at])];
  if (places.some((at) => typeof at !== 'string')) return undefined;
  const lists = places.map((at) => valueAt(body, at as string));
  return lists.every(Array.isArray) ? lists.reduce((sum, list) => sum + (list as unknown[]).length, 0) : undefined;
}

/**
 * Once the kit knows where a group's answer lists its items (its own connection located there): what the
 * groups read before the run hold beside that list, and a numeric key of the listed groups that is, for every
 * group, its number of items (a count the mock derives).
 */
export function learnFromGroupAnswers(learned: Learned, snapshot: Snapshot): void {
  for (const body of Object.values(snapshot.items)) learnBeside(learned, 'group-connections', body);
  const groups = chooseArray(snapshot.groups, learned.lists.groups, /group/i)?.list;
  const idKey = learned.lists.groups?.idKey;
  const entries = (groups ?? []).map(asObject).filter((e): e is Json => e !== undefined && idKey != null && isScalarId(e[idKey]));
  const counts = entries.map((e) => membersIn(learned, snapshot.items[String(e[idKey!])]));
  if (entries.length === 0 || counts.some((c) => c === undefined) || !counts.some((c) => c! > 0)) return;
  const key = Object.keys(entries[0]!).find((k) => k !== idKey && entries.every((e, i) => typeof e[k] === 'number' && e[k] === counts[i]));
  if (key !== undefined) learned.items.group.countKey = key;
}

/** The key of `a` and the key of `b` that hold the same string (a name shown in two places), name-like keys first. */
function sharedName(a: Json, b: Json, except: readonly string[]): [string, string] | undefined {
  const pairs: Array<[string, string]> = [];
  for (const [ka, va] of Object.entries(a)) {
    if (typeof va !== 'string' || va === '' || except.includes(ka)) continue;
    for (const [kb, vb] of Object.entries(b)) if (vb === va && !except.includes(kb)) pairs.push([ka, kb]);
  }
  return (
    pairs.find(([ka, kb]) => /name|title|label/i.test(ka) || /name|title|label/i.test(kb)) ?? (pairs.length === 1 ? pairs[0] : undefined)
  );
}

const keyHolding = (object: Json, id: string) => Object.keys(object).find((k) => sameId(object[k], id));

function learnPlace(
  learned: Learned,
  name: ListName,
  keys: { idKey?: string; nameKey?: string; groupKey?: string },
  at: string | null,
  example?: Json,
) {
  const place = learnList(learned, name, { at, items: 'objects', idKey: keys.idKey ?? null }, example);
  if (keys.nameKey !== undefined) place.nameKey ??= keys.nameKey;
  if (keys.groupKey !== undefined) place.groupKey ??= keys.groupKey;
}

/**
 * Before anything is changed: which keys carry names and groups, read from the same item shown in two
 * places (a group in the list of groups and in its own answer; a computer in its group and in its own
 * answer). What a run puts back can then be read in the target's own keys.
 */
export function learnFromSnapshot(learned: Learned, snapshot: Snapshot): void {
  const groupList = chooseArray(snapshot.groups, learned.lists.groups, /group/i);
  for (const [group, body] of Object.entries(snapshot.items)) {
    const listed = locate(groupList?.list, group, learned.lists.groups?.idKey)?.item;
    const place = recordPlace(body, group);
    if (!place) continue;
    const { record } = place;
    const idKey = keyHolding(record, group);
    const names = listed ? sharedName(listed, record, [learned.lists.groups?.idKey ?? '', idKey ?? '']) : undefined;
    learnPlace(learned, 'group-record', { idKey, nameKey: names?.[1] }, place.at);
    if (names && learned.lists.groups) learned.lists.groups.nameKey ??= names[0];
    if (names) learnItem(learned, 'group', { nameKey: names[0] });
  }
  for (const [computer, groups] of Object.entries(snapshot.computerGroups)) {
    const main = recordOf(snapshot.computers[computer]?.main, computer) ?? asObject(snapshot.computers[computer]?.main);
    const group = groups[0];
    if (!main || group === undefined) continue;
    const found = locate(snapshot.items[group], computer, learned.lists['group-computers']?.idKey);
    const item = found?.item;
    const idKey = keyHolding(main, computer);
    const groupKey = keyHolding(main, group);
    learnPlace(learned, 'computer-record', { idKey, groupKey }, null, main);
    learnWrapping(learned.lists['computer-record']!, snapshot.computers[computer]?.main, main);
    for (const credentials of Object.values(snapshot.computers[computer]?.credentials ?? {})) {
      const inner = asObject(unwrapped(credentials));
      if (inner && inner !== credentials) learnWrapping((learned.credentialsPlace ??= { at: null }), credentials, inner);
    }
    if (!item) continue;
    const names = sharedName(item, main, [
      found.key ?? '',
      idKey ?? '',
      groupKey ?? '',
      ...Object.keys(item).filter((k) => sameId(item[k], group)),
    ]);
    if (!names) continue;
    learnPlace(learned, 'group-computers', { nameKey: names[0], groupKey: keyHolding(item, group) }, found.arrayAt);
    learnPlace(learned, 'computer-record', { nameKey: names[1] }, null);
    learnItem(learned, 'computer', { nameKey: names[1], groupKey: groupKey ?? null }, main);
  }
}
