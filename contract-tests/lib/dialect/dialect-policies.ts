import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

/** A policy the kit learned → the dialect key it sets, from the outcome (and, for a group delete, the detail). */
const POLICY_KEYS: Array<[string, string, (outcome: string, detail: string) => string | boolean | undefined]> = [
  [
    'non-empty-group-delete',
    '/groups/deleteNonEmpty',
    (outcome, detail) =>
      outcome === 'refused' ? 'refuse' : /deleted with it/.test(detail) ? 'cascade' : /moved/.test(detail) ? 'move' : undefined,
  ],
  [
    'partial-connection-update',
    '/requests/partialUpdate/updateConnection',
    (outcome) => (outcome === 'accepted' ? 'accept' : outcome === 'refused' ? 'refuse' : undefined),
  ],
  [
    'partial-computer-update',
    '/requests/partialUpdate/updateComputer',
    (outcome) => (outcome === 'accepted' ? 'accept' : outcome === 'refused' ? 'refuse' : undefined),
  ],
  ['unknown-keys', '/requests/unknownKeys', (outcome) => (outcome === 'refused' ? 'refuse' : 'ignore')],
  [
    'unknown-setting-key',
    '/settings/unknownKeys',
    (outcome) =>
      outcome === 'refused' ? 'refuse' : outcome === 'stored' ? 'keep' : outcome === 'valid-key-applied' ? 'ignore' : undefined,
  ],
  ['add-connection-by-put', '/settings/missingConnection', (outcome) => (outcome === 'added' ? 'create' : 'not-found')],
  [
    'delete-missing-credentials',
    '/credentials/deleteWhenNone',
    (outcome) => (outcome === 'ok' ? 'ok' : outcome === 'refused' ? 'no-credentials' : undefined),
  ],
  [
    'credentials-in-settings-put',
    '/settings/putCredentials',
    (outcome) => (outcome === 'stored' ? true : outcome === 'not-stored' ? false : undefined),
  ],
  ['chat-offered', '/actions/chat', (outcome) => (['always', 'with-near', 'never'].includes(outcome) ? outcome : undefined)],
  [
    'trailing-slash',
    '/paths/trailingSlash',
    (outcome) => (outcome === 'same-answer' ? 'tolerant' : outcome === 'refused' ? 'strict' : undefined),
  ],
  [
    'null-reset',
    '/settings/null',
    (outcome) => (outcome === 'key-removed' ? 'remove' : outcome === 'default-value' ? 'default' : undefined),
  ],
];

/** Policies no dialect key expresses: what the kit saw goes under `about.observed`, for a reader (the mock keeps its way). */
const UNSERVED = ['empty-credentials-read'];

export function writePolicies(draft: DialectDraft, learned: Entry): Entry {
  for (const [name, pointer, choose] of POLICY_KEYS) {
    const seen = observedEntry(learned.policies, name);
    const value = seen && choose(String(seen.outcome), String(seen.detail ?? ''));
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
