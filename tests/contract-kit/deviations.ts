/** The ways the deviating proxy can break the contract, one at a time. */

export interface RequestMatch {
  method: string;
  path: RegExp;
  /** Also the request body, as text. */
  body?: RegExp;
}

export type Deviation =
  /** Renames a key in every JSON answer (of the matching requests, if `match` is given). */
  | { kind: 'rename-field'; from: string; to: string; match?: RequestMatch }
  | { kind: 'change-status'; match: RequestMatch; from: number; to: number }
  /** Answers every ACTION 405, without forwarding it. */
  | { kind: 'refuse-action' }
  /** Answers the matching DELETE 200 `{}`, without forwarding it. */
  | { kind: 'ignore-delete'; match: RequestMatch }
  /** Answers the matching request 200 `{}`, without forwarding it (an update that does nothing). */
  | { kind: 'ignore'; match: RequestMatch }
  | { kind: 'server-error'; match: RequestMatch }
  /** Drops the last item of the array `field` in the matching answers. */
  | { kind: 'drop-list-item'; match: RequestMatch; field: string }
  /** Answers the matching requests 200 with `body`, without forwarding them. */
  | { kind: 'replace-body'; match: RequestMatch; body: unknown };

export interface ProxiedAnswer {
  status: number;
  contentType: string | null;
  allow: string | null;
  body: unknown;
}

const matches = (match: RequestMatch | undefined, seen: { method: string; path: string; sent?: string }) =>
  match === undefined || (match.method === seen.method && match.path.test(seen.path) && (match.body?.test(seen.sent ?? '') ?? true));

const json = (status: number, body: unknown): ProxiedAnswer => ({ status, contentType: 'application/json', allow: null, body });
export const problem = (status: number, detail: string): ProxiedAnswer => ({
  status,
  contentType: 'application/problem+json',
  allow: null,
  body: { type: 'urn:deviating-proxy', title: 'Deviation', status, detail },
});

/** The answer the client gets: forwarded and altered, or made up without forwarding. */
export async function applyDeviation(
  deviation: Deviation,
  seen: { method: string; path: string; sent?: string },
  forward: () => Promise<ProxiedAnswer>,
): Promise<ProxiedAnswer> {
  switch (deviation.kind) {
    case 'refuse-action':
      return seen.method === 'ACTION' ? problem(405, 'ACTION is not allowed') : forward();
    case 'ignore-delete':
    case 'ignore':
      return matches(deviation.match, seen) ? json(200, {}) : forward();
    case 'server-error':
      return matches(deviation.match, seen) ? problem(500, 'something broke') : forward();
    case 'replace-body':
      return matches(deviation.match, seen) ? json(200, deviation.body) : forward();
    default:
      break;
  }
  const answer = await forward();
  if (!matches(deviation.kind === 'rename-field' ? deviation.match : deviation.match, seen)) return answer;
  if (deviation.kind === 'change-status') return answer.status === deviation.from ? { ...answer, status: deviation.to } : answer;
  if (deviation.kind === 'rename-field') return { ...answer, body: renameKey(answer.body, deviation.from, deviation.to) };
  const list = (answer.body as Record<string, unknown> | null)?.[deviation.field];
  return Array.isArray(list) && list.length > 0
    ? { ...answer, body: { ...(answer.body as object), [deviation.field]: list.slice(0, -1) } }
    : answer;
}

function renameKey(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKey(item, from, to));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key === from ? to : key, renameKey(item, from, to)]));
}
