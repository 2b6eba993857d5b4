import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

type Value = string | boolean;

/**
 * A policy the kit learned → the dialect key it sets: the value for each outcome (an outcome not listed says
 * nothing of the key), or, for a group delete, read from the outcome and the detail.
 */
const POLICY_KEYS: Array<[string, string, Record<string, Value> | ((outcome: string, detail: string) => Value | undefined)]> = [
  [
    'non-empty-group-delete',
    '/groups/deleteNonEmpty',
    (outcome, detail) =>
      outcome === 'refused' ? 'refuse' : /deleted with it/.test(detail) ? 'cascade' : /moved/.test(detail) ? 'move' : undefined,
  ],
  ['partial-connection-update', '/requests/partialUpdate/updateConnection', { accepted: 'accept', refused: 'refuse' }],
  ['partial-computer-update', '/requests/partialUpdate/updateComputer', { accepted: 'accept', refused: 'refuse' }],
  ['unknown-keys', '/requests/unknownKeys', (outcome) => (outcome === 'refused' ? 'refuse' : 'ignore')],
  ['unknown-setting-key', '/settings/unknownKeys', { refused: 'refuse', stored: 'keep', 'valid-key-applied': 'ignore' }],
  ['add-connection-by-put', '/settings/missingConnection', (outcome) => (outcome === 'added' ? 'create' : 'not-found')],
  ['delete-missing-credentials', '/credentials/deleteWhenNone', { ok: 'ok', refused: 'no-credentials' }],
  ['credentials-in-settings-put', '/settings/putCredentials', { stored: true, 'not-stored': false }],
  ['chat-offered', '/actions/chat', { always: 'always', 'with-near': 'with-near', never: 'never' }],
  ['trailing-slash', '/paths/trailingSlash', { 'same-answer': 'tolerant', refused: 'strict' }],
  ['null-reset', '/settings/null', { 'key-removed': 'remove', 'default-value': 'default' }],
];

/** Policies no dialect key expresses: what the kit saw goes under `about.observed`, for a reader (the mock keeps its way). */
const UNSERVED = ['empty-credentials-read'];

export function writePolicies(draft: DialectDraft, learned: Entry): Entry {
  for (const [name, pointer, choose] of POLICY_KEYS) {
    const seen = observedEntry(learned.policies, name);
    const outcome = String(seen?.outcome);
    const value = !seen
      ? undefined
      : typeof choose === 'function'
        ? choose(outcome, String(seen.detail ?? ''))
        : Object.hasOwn(choose, outcome)
          ? choose[outcome]
          : undefined;
    if (value !== undefined) draft.observed(pointer, value, `${name}: ${seen!.outcome} (${seen!.detail})`);
    else draft.notTried(pointer, seen ? `${name}: ${seen.outcome}, which says nothing of this key` : `${name} was not tried`);
  }
  const unserved: Entry = {};
  for (const name of UNSERVED) {
    const seen = observedEntry(learned.policies, name);
    unserved[name] = seen
      ? { status: 'observed', outcome: seen.outcome, httpStatus: seen.httpStatus, detail: seen.detail }
      : { status: 'not-tried' };
  }
  return unserved;
}
