import type { Answer } from './compare-answers.js';
import type { Step } from './diff-sequence.js';

/** One side of the differential test: a server, and the ids its creates answered, by role. */
export interface Side {
  url: string;
  /** role → id, for filling paths and bodies. */
  roles: Map<string, string>;
  /** id → role, for comparing answers. */
  created: Map<string, string>;
}

export function newSide(url: string): Side {
  return { url, roles: new Map(), created: new Map() };
}

/** `{role}` in a path or a body, replaced by this side's id for it. */
function fill<T>(value: T, side: Side): T {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (all, role: string) => side.roles.get(role) ?? all) as T;
  if (Array.isArray(value)) return value.map((item) => fill(item, side)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, side)])) as T;
  }
  return value;
}

/** Sends one step over a fresh fetch (real TCP) and reads the answer. */
export async function send(side: Side, step: Step): Promise<Answer & { path: string }> {
  const init: RequestInit = { method: step.method, headers: {} };
  if (step.body !== undefined) {
    init.body = typeof step.body === 'string' ? fill(step.body, side) : JSON.stringify(fill(step.body, side));
    (init.headers as Record<string, string>)['content-type'] = step.contentType ?? 'application/json';
  }
  const path = fill(step.path, side);
  const response = await fetch(`${side.url}${path}`, init);
  const raw = Buffer.from(await response.arrayBuffer());
  const text = raw.toString('utf8');
  const contentType = response.headers.get('content-type');
  let body: unknown = text === '' ? null : text;
  if (text !== '' && /json/i.test(contentType ?? '')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const answer = { status: response.status, contentType, allow: response.headers.get('allow'), body, raw };
  if (step.saves && response.status === 200 && body !== null && typeof body === 'object') {
    const id = (body as Record<string, unknown>)[step.saves.key];
    if (id !== undefined) {
      side.roles.set(step.saves.role, String(id));
      side.created.set(String(id), step.saves.role);
    }
  }
  return { ...answer, path };
}
