import { asObject, isScalarId } from './json-walk.js';
import { CONNECTION_ID } from './read-computer-connections.js';

const ACTION_TAIL = /^(chat|(NEAR|VNC|RDP)(_\d{1,5})?\/(control|curtain|observe|ft))$/;
/** A whole ACTION path, `/computer/123456/NEAR/control`: its tail is the action. */
const ACTION_PATH = /^\/computer\/[^/]+\/(chat|(NEAR|VNC|RDP)(_\d{1,5})?\/(control|curtain|observe|ft))$/;
const ACTION_NAME = /^(control|curtain|observe|ft)$/;
const TYPE_ONLY = /^(NEAR|VNC|RDP)$/;

export interface ActionsRead {
  /** The tails of ACTION paths: `chat`, `NEAR/control`, `RDP_3390/control`. */
  actions: string[];
  /** How the target wrote them: `path-tails`, `objects`, `per-connection`, or a mix. */
  form: string;
  /** The answer holds no entry at all: an empty list (the computer offers nothing). */
  empty: boolean;
}

/**
 * The actions a computer offers, from a list in any shape: tails of ACTION paths (`"NEAR/control"`), whole
 * paths (`"/computer/123456/NEAR/control"`),
 * objects (`{connection: "NEAR", action: "control"}`), per connection (`{NEAR: ["control"]}`,
 * `[{connection: "NEAR", actions: [...]}]`), `chat: true`. `known` are the computer's connections, which
 * tell `VNC` from `VNC_5901` when an object names a type and a port. Undefined: the answer could not be read.
 */
export function readActions(body: unknown, known: readonly string[] = []): ActionsRead | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const actions = new Set<string>();
  const forms = new Set<string>();
  const add = (action: string, form: string) => {
    actions.add(action);
    forms.add(form);
  };
  const walk = (value: unknown, context: string | undefined, under: string | null): void => {
    if (typeof value === 'string') {
      if (ACTION_TAIL.test(value)) add(value, 'path-tails');
      else if (ACTION_PATH.test(value)) add(ACTION_PATH.exec(value)![1]!, 'paths');
      else if (context && ACTION_NAME.test(value))
        add(`${context}/${value}`, under && CONNECTION_ID.test(under) ? 'per-connection' : 'objects');
      return;
    }
    if (Array.isArray(value)) {
      for (const element of value) walk(element, context, under);
      return;
    }
    const object = asObject(value);
    if (!object) return;
    const own = contextOf(object, known) ?? context;
    for (const [key, item] of Object.entries(object)) {
      if (CONNECTION_ID.test(key)) walk(item, key, key);
      else if (key === 'chat' && item === true) add('chat', 'flags');
      else if (own && ACTION_NAME.test(key) && item === true) add(`${own}/${key}`, 'flags');
      else walk(item, own, key);
    }
  };
  walk(body, undefined, null);
  if (actions.size === 0) return isEmpty(body) ? { actions: [], form: 'empty', empty: true } : undefined;
  return { actions: [...actions], form: [...forms].sort().join('+'), empty: false };
}

/** The connection an object is about: a value that is a connection id, or a type with a port. */
function contextOf(object: Record<string, unknown>, known: readonly string[]): string | undefined {
  const values = Object.values(object).filter((v): v is string => typeof v === 'string' && CONNECTION_ID.test(v));
  const port = Object.entries(object).find(([k, v]) => /port/i.test(k) && isScalarId(v) && /^\d{1,5}$/.test(String(v)))?.[1];
  const composed = values.filter((v) => TYPE_ONLY.test(v) && port !== undefined).map((v) => `${v}_${port}`);
  const candidates = [...composed, ...values];
  return candidates.find((c) => known.includes(c)) ?? candidates[0];
}

function isEmpty(body: unknown): boolean {
  if (Array.isArray(body)) return body.length === 0;
  const object = asObject(body);
  return object !== undefined && Object.values(object).every((v) => (Array.isArray(v) ? v.length === 0 : v === false || v === null));
}

/**
 * Where the actions list sits in the answer, as a JSON Pointer: `''` for a list or a map by connection at the
 * root, `/data` for the one key of an object that holds the list; null when neither is plain.
 */
export function actionsAt(body: unknown): string | null {
  if (Array.isArray(body)) return '';
  const object = asObject(body);
  if (!object) return null;
  const keys = Object.keys(object);
  if (keys.some((key) => CONNECTION_ID.test(key))) return '';
  const [only] = keys;
  return keys.length === 1 && Array.isArray(object[only!]) ? `/${only!.replace(/~/g, '~0').replace(/\//g, '~1')}` : null;
}
