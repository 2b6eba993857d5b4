import type { Reply } from '../exchange.js';
import type { Expectation } from '../expectation.js';
import { asObject, isScalarId, type Json, objectsIn, sameId, valueAt } from './json-walk.js';
import { type Learned, learnId, learnItem, learnList } from './learned.js';
import { readComputerConnections } from './read-computer-connections.js';
import { chooseArray, idKeyCandidates, locate, mapCandidates } from './read-lists.js';

/** What discovery reads through: `read` is judged (it must answer 200, unless `expect` says otherwise), `peek` tries a candidate quietly. */
export interface Reader {
  learned: Learned;
  read(operationId: string, params: Record<string, string>, expect?: number | Expectation): Promise<Reply>;
  peek(operationId: string, params: Record<string, string>): Promise<Reply>;
}

const COMPUTER = /computer/i;
const MAX_TRIES = 4;

/** The first key of `item` whose value, tried as an id, answers 200. */
async function confirmKey(item: Json, candidates: readonly string[], tryId: (id: string) => Promise<Reply>): Promise<string | null> {
  for (const key of candidates.slice(0, MAX_TRIES)) if ((await tryId(String(item[key]))).status === 200) return key;
  return null;
}

/** The ids of the groups in a groups list of any shape; the id key is the one whose value `GET /group/{uid}` accepts. */
export async function discoverGroupIds(reader: Reader, body: unknown): Promise<string[]> {
  const { learned } = reader;
  const array = chooseArray(body, learned.lists.groups, /group/i);
  const tryId = (id: string) => reader.peek('getGroup', { group_uid: id });
  if (!array) return groupsByKey(reader, body, tryId);
  const objects = array.list.map(asObject).filter((o): o is Json => o !== undefined);
  if (objects.length === 0) {
    const scalars = array.list.filter(isScalarId).map(String);
    if (scalars.length > 0 && (await tryId(scalars[0]!)).status !== 200) return [];
    learnList(learned, 'groups', { at: array.at, items: 'scalars', idKey: null }, scalars[0]);
    return scalars;
  }
  const known = learned.lists.groups?.idKey ?? learned.items.group.idKey;
  const idKey =
    known && objects[0]![known] !== undefined ? known : await confirmKey(objects[0]!, idKeyCandidates(objects[0]!, known, /group/i), tryId);
  learnList(learned, 'groups', { at: array.at, items: 'objects', idKey }, objects[0]);
  if (idKey === null) return [];
  learnItem(learned, 'group', { idKey }, objects[0]);
  const ids = objects
    .map((o) => o[idKey])
    .filter(isScalarId)
    .map(String);
  for (const id of ids) learnId(learned, 'group', id);
  return ids;
}

/** A list of groups written as an object keyed by id: the keys are the ids, if `GET /group/{uid}` accepts one. */
async function groupsByKey(reader: Reader, body: unknown, tryId: (id: string) => Promise<Reply>): Promise<string[]> {
  for (const map of mapCandidates(body)) {
    if ((await tryId(map.keys[0]!)).status !== 200) continue;
    learnList(reader.learned, 'groups', { at: map.at, items: 'map-keys', idKey: null }, map.items[0]);
    for (const id of map.keys) learnId(reader.learned, 'group', id);
    return map.keys;
  }
  return [];
}

function computerLike(object: Json, under: string | null): boolean {
  return (
    (under !== null && COMPUTER.test(under)) ||
    Object.entries(object).some(
      ([k, v]) => (COMPUTER.test(k) && isScalarId(v)) || (typeof v === 'string' && /^(cloud[ _-]?)?computers?$/i.test(v)),
    )
  );
}

/**
 * Items of a group's answer that may be computers: those in the list where the --computer was found (of the
 * same kind, when that list mixes kinds), and those that look like computers.
 */
function computerCandidates(body: unknown, learned: Learned, known: readonly string[]): Json[] {
  const shape = learned.lists['group-computers'];
  const inList = shape?.at !== null && shape?.at !== undefined ? valueAt(body, shape.at) : undefined;
  const sample = Array.isArray(inList)
    ? inList.map(asObject).find((o) => o && known.some((id) => shape?.idKey && sameId(o[shape.idKey], id)))
    : undefined;
  const kind = sample ? Object.entries(sample).find(([, v]) => typeof v === 'string' && /^(cloud[ _-]?)?computers?$/i.test(v)) : undefined;
  const listed = (Array.isArray(inList) ? inList : [])
    .map(asObject)
    .filter((o): o is Json => o !== undefined && (kind === undefined || o[kind[0]] === kind[1]));
  const like = objectsIn(body)
    .filter(({ object, under }) => computerLike(object, under))
    .map(({ object }) => object);
  return [...new Set([...listed, ...like])];
}

/**
 * The cloud computers listed in the groups' items, in any shape: the --computer found by its id, and items
 * that look like computers (in a list named so, with a key or a kind that says so), their id key confirmed
 * by `GET /computer/{id}`. Returns each computer with the groups that list it.
 */
export async function discoverComputers(
  reader: Reader,
  items: Record<string, unknown>,
  known: readonly string[],
): Promise<Map<string, string[]>> {
  const { learned } = reader;
  const groupsOf = new Map<string, string[]>(known.map((id) => [id, []]));
  const add = (id: string, group: string) => {
    const groups = groupsOf.get(id) ?? [];
    if (!groups.includes(group)) groups.push(group);
    groupsOf.set(id, groups);
    learnId(learned, 'computer', id);
  };
  for (const [group, body] of Object.entries(items)) {
    for (const id of known) {
      const found = locate(body, id, learned.lists['group-computers']?.idKey ?? learned.items.computer.idKey);
      if (!found) continue;
      add(id, group);
      learnList(learned, 'group-computers', { at: found.arrayAt, items: found.item ? 'objects' : 'scalars', idKey: found.key }, found.item);
      learnItem(learned, 'computer', { idKey: found.key }, found.item);
    }
  }
  const tryId = (id: string) => reader.peek('getComputer', { computer_id: id });
  for (const [group, body] of Object.entries(items)) {
    for (const object of computerCandidates(body, learned, known)) {
      let idKey = learned.items.computer.idKey;
      if (idKey === null || !isScalarId(object[idKey])) {
        idKey = await confirmKey(object, idKeyCandidates(object, null, COMPUTER), tryId);
        if (idKey === null) continue;
        learnItem(learned, 'computer', { idKey }, object);
      }
      const id = String(object[idKey]);
      if (!groupsOf.has(id) && (await tryId(id)).status !== 200) continue;
      add(id, group);
    }
  }
  return groupsOf;
}

/** The connection ids of a computer from its connections list; an id that can be read more than one way is confirmed by a read. */
export async function discoverComputerConnections(reader: Reader, computerId: string, body: unknown): Promise<string[]> {
  const { learned } = reader;
  const read = readComputerConnections(body, learned.lists['computer-connections']?.idKey);
  if (!read) return [];
  const ids: string[] = [];
  for (const entry of read.entries) {
    let id: string | undefined = entry.candidates[0];
    if (entry.candidates.length > 1) {
      id = undefined;
      for (const candidate of entry.candidates.slice(0, MAX_TRIES)) {
        if ((await reader.peek('getComputerConnection', { computer_id: computerId, connection: candidate })).status === 200) {
          id = candidate;
          break;
        }
      }
    }
    if (id === undefined || ids.includes(id)) continue;
    ids.push(id);
    learnId(learned, 'computer-connection', id);
  }
  const first = read.entries[0];
  const idKey = first?.from === 'value' ? first.idKey : null;
  learnList(learned, 'computer-connections', { at: read.at, items: read.items, idKey, idFrom: first?.from ?? 'value' }, first?.raw);
  return ids;
}

/** Whether an id is one of a list answer's values (for a computer connection that should be gone). */
export function listsConnection(body: unknown, connection: string): boolean {
  const read = readComputerConnections(body);
  return read?.entries.some((entry) => entry.candidates[0] === connection || entry.candidates.includes(connection)) ?? false;
}
