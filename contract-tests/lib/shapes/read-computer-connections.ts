import { asObject, ENVELOPE_KEY, isScalarId, type Json } from './json-walk.js';
import { chooseArray } from './read-lists.js';

/** `<connection_type>[_<port>]`, as the reference writes a computer connection in a path. */
export const CONNECTION_ID = /^(NEAR|VNC|RDP)(_\d{1,5})?$/;
const TYPE_ONLY = /^(NEAR|VNC|RDP)$/;
const PORT_KEY = /port/i;

export interface ConnectionCandidates {
  /** Each listed connection, as the ids it could be known by in a path, the most likely first. */
  entries: Array<{ candidates: string[]; raw: unknown; idKey: string | null; from: 'value' | 'type-and-port' | 'map-key' }>;
  at: string | null;
  items: 'objects' | 'scalars' | 'map-keys' | 'mixed';
}

/**
 * The connections of a computer, from a list in any shape: strings (`"RDP_3390"`), objects with the id under
 * any key, objects with a type and a port (`{type: "RDP", port: 3390}`), or an object keyed by connection.
 * The kit confirms each candidate with a read before it uses it.
 */
export function readComputerConnections(body: unknown, knownIdKey?: string | null): ConnectionCandidates | undefined {
  const object = asObject(body);
  if (object && Object.keys(object).length > 0 && Object.keys(object).every((key) => CONNECTION_ID.test(key))) {
    return {
      at: null,
      items: 'map-keys',
      entries: Object.keys(object).map((key) => ({ candidates: [key], raw: key, idKey: null, from: 'map-key' })),
    };
  }
  const array = chooseArray(body, undefined, /connection/i);
  if (!array) return undefined;
  const entries: ConnectionCandidates['entries'] = [];
  let objects = 0;
  let scalars = 0;
  for (const element of array.list) {
    if (typeof element === 'string') {
      scalars += 1;
      if (CONNECTION_ID.test(element)) entries.push({ candidates: [element], raw: element, idKey: null, from: 'value' });
      continue;
    }
    const item = asObject(element);
    if (!item) continue;
    objects += 1;
    const entry = candidatesOf(item, knownIdKey);
    if (entry.candidates.length > 0) entries.push({ ...entry, raw: element });
  }
  const items = objects > 0 && scalars > 0 ? 'mixed' : objects > 0 ? 'objects' : 'scalars';
  return { at: array.at, items, entries };
}

/** `/computer/123456/RDP_3390` → `RDP_3390`: a connection's own path names it. */
const CONNECTION_PATH = /^\/computer\/[^/]+\/((NEAR|VNC|RDP)(_\d{1,5})?)$/;

function candidatesOf(item: Json, knownIdKey?: string | null): Omit<ConnectionCandidates['entries'][number], 'raw'> {
  const values = Object.entries(item).flatMap(([k, v]): Array<[string, string]> => {
    if (typeof v !== 'string') return [];
    if (CONNECTION_ID.test(v)) return [[k, v]];
    const path = CONNECTION_PATH.exec(v)?.[1];
    return path === undefined ? [] : [[k, path]];
  });
  values.sort(([ka, a], [kb, b]) => (kb === knownIdKey ? 1 : 0) - (ka === knownIdKey ? 1 : 0) || b.length - a.length);
  const candidates = values.map(([, v]) => v);
  const port = Object.entries(item).find(([k, v]) => PORT_KEY.test(k) && isScalarId(v) && /^\d{1,5}$/.test(String(v)))?.[1];
  const type = values.find(([, v]) => TYPE_ONLY.test(v))?.[1];
  let from: 'value' | 'type-and-port' = 'value';
  if (type !== undefined && port !== undefined && !candidates.includes(`${type}_${port}`)) {
    if (!values.some(([, v]) => !TYPE_ONLY.test(v))) from = 'type-and-port';
    candidates.splice(candidates.indexOf(type), 0, `${type}_${port}`);
  }
  return { candidates: [...new Set(candidates)], idKey: from === 'value' ? (values[0]?.[0] ?? null) : null, from };
}

/** `RDP_3390` → `RDP`. */
export function connectionType(connection: string): 'NEAR' | 'VNC' | 'RDP' | undefined {
  return CONNECTION_ID.exec(connection)?.[1] as 'NEAR' | 'VNC' | 'RDP' | undefined;
}

/**
 * The settings in a connection's answer: the body itself, or the one object it wraps them in
 * (`{connection: "VNC", type: "VNC", settings: {...}}`, `{settings: {...}}`, `{ok: true, data: {settings: {...}}}`),
 * told apart by the body naming the connection beside it, holding nothing else, or only an envelope's keys.
 */
export function settingsIn(body: unknown): { at: string; settings: Json } | undefined {
  const object = asObject(body);
  if (!object) return undefined;
  const nested = Object.entries(object).filter(([, v]) => asObject(v) !== undefined);
  const namesConnection = Object.values(object).some((v) => typeof v === 'string' && CONNECTION_ID.test(v));
  const envelope = Object.keys(object).every((key) => key === nested[0]?.[0] || ENVELOPE_KEY.test(key));
  if (nested.length === 1 && (namesConnection || envelope)) {
    const [key, value] = nested[0]!;
    const inner = namesConnection ? { at: '', settings: value as Json } : settingsIn(value)!;
    return { at: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}${inner.at}`, settings: inner.settings };
  }
  return { at: '', settings: object };
}
