import type { ItemKind, Learned, ListName } from './learned.js';

/** The version of the `learned` section's form; it changes when a field changes meaning. */
export const LEARNED_VERSION = 1;

type Status = 'observed' | 'not-tried';
export interface Entry {
  status: Status;
  [field: string]: unknown;
}

const LISTS: Record<ListName, string> = {
  groups: 'listGroups',
  'group-connections': 'getGroup',
  'group-computers': 'getGroup',
  nearby: 'listNearby',
  'computer-connections': 'listComputerConnections',
  'computer-actions': 'listComputerActions',
  'group-record': 'getGroup',
  'computer-record': 'getComputer',
};

/** Every kind of error the kit provokes, and what provokes it. */
export const ERROR_KINDS: Record<string, string> = {
  'malformed-id': 'an id of a shape the target does not use, in a path',
  'query-parameter': 'a query parameter the API does not take',
  'unknown-connection-type': 'a connection type the reference does not name (SSH)',
  'not-json-media-type': 'a body sent as text/plain',
  'malformed-json': 'a body that is not JSON',
  'name-too-long': 'a name of more than 255 characters',
  'unknown-key': 'a key the reference does not name, in a create',
  'unknown-reference': 'a category_uid that names no group',
  'empty-name': 'an empty name',
  'wrong-type': 'a name that is not a string',
  'empty-update': 'an update with no key',
  'unknown-credential-key': 'a credential key the reference does not list',
  'unknown-setting-key': "a settings key the computer's connection does not have, beside a valid one",
  'non-empty-group-delete': 'deleting a group that holds a connection',
  'not-found': 'an id that names nothing (a group the run deleted)',
  'deleted-item': 'any operation on an item the run deleted',
  'action-with-body': 'an ACTION with a body other than {}',
  'action-not-offered': 'an ACTION the computer does not offer',
  'unsupported-method': 'a method the path lacks (GET on a create path, POST anywhere)',
  'partial-update': 'an update of a connection or a computer with only one of name and category_uid',
  'empty-credentials-read': "a read of a computer connection's credentials where none are stored",
  'missing-credentials-delete': "deleting a connection's credentials a second time, when none are left",
  'missing-body': 'an update (PUT /connection/{uid}) with no body at all',
  'unknown-path': 'a GET of a path no operation has',
};

/** The choices the kit watches for where the reference is silent. */
export const POLICIES: Record<string, string> = {
  'unknown-keys': 'a create with a key the reference does not name: refused, or accepted and the key stored or ignored',
  'unknown-setting-key': 'a computer connection update with an unknown key beside a valid one: refused, stored or ignored',
  'non-empty-group-delete': 'deleting a group that holds items: refused, or allowed (and what became of the items)',
  'add-connection-by-put': 'a PUT to a connection the computer lacks: added or not',
  'null-reset': 'what null leaves: the default value, or no key',
  'partial-connection-update':
    'PUT /connection/{uid} with only one of name and category_uid: accepted, or refused (then the whole body is sent)',
  'partial-computer-update':
    'PUT /computer/{id} with only one of name and category_uid: accepted, or refused (then the whole body is sent)',
  'empty-credentials-read': "reading a computer connection's credentials where none are stored: an empty answer, or an error",
  'delete-missing-credentials': "deleting a connection's credentials when there are none: ok, or an error",
  'credentials-in-settings-put': "credentials keys given in a computer connection's PUT: stored as its credentials, or not",
  'chat-offered':
    'which computers offer chat: every one, those with a NEAR connection, or none (undecided when the computers read do not tell)',
  'trailing-slash': 'GET /groups/ beside GET /groups: the same answer, or refused',
};

const entry = (observed: boolean, fields: Record<string, unknown>): Entry =>
  observed ? { status: 'observed', ...fields } : { status: 'not-tried' };

/** An id's shape, from examples: its JSON type, its lengths and the kinds of characters in it. */
function idShape(ids: Set<string>): Record<string, unknown> {
  const examples = [...ids].slice(0, 5);
  const characters = new Set<string>();
  for (const id of ids) {
    for (const c of id)
      characters.add(/\d/.test(c) ? 'digits' : /[A-F]/.test(c) ? 'upper-hex' : /[A-Z]/.test(c) ? 'upper' : /[a-z]/.test(c) ? 'lower' : c);
  }
  const lengths = [...ids].map((id) => id.length);
  return { examples, lengths: { min: Math.min(...lengths), max: Math.max(...lengths) }, characters: [...characters].sort() };
}

/** The `learned` section of report.json: complete (every list, kind, error and policy, observed or not tried) and machine-readable. */
export function learnedReport(learned: Learned): Record<string, unknown> {
  const lists = Object.fromEntries(
    (Object.keys(LISTS) as ListName[]).map((name) => {
      const shape = learned.lists[name];
      return [name, entry(shape !== undefined, { operationId: LISTS[name], ...shape })];
    }),
  );
  const items = Object.fromEntries(
    (['group', 'connection', 'computer'] as ItemKind[]).map((kind) => {
      const keys = learned.items[kind];
      const observed = keys.idKey !== null || keys.keys.size > 0;
      return [
        kind,
        entry(observed, {
          idKey: keys.idKey,
          nameKey: keys.nameKey,
          groupKey: keys.groupKey,
          credentialsFlagKey: keys.credentialsFlagKey,
          keys: [...keys.keys].sort(),
          ...(keys.created ? { created: keys.created } : {}),
          ...(keys.countKey ? { countKey: keys.countKey } : {}),
        }),
      ];
    }),
  );
  const ids = Object.fromEntries(Object.entries(learned.ids).map(([kind, set]) => [kind, entry(set.size > 0, idShape(set))]));
  // In the order the target showed them (a mock serving them answers in that order).
  const byType = (map: Map<string, Set<string>>) => Object.fromEntries([...map].map(([type, keys]) => [type, [...keys]]));
  const errors = Object.fromEntries(
    Object.entries(ERROR_KINDS).map(([kind, what]) => {
      const seen = learned.errors.get(kind);
      const allow = seen?.allowHeaders ? { allowHeaders: seen.allowHeaders } : {};
      return [kind, entry(seen !== undefined, { what, answers: seen?.answers ?? [], accepted: seen?.accepted ?? 0, ...allow })];
    }),
  );
  const policies = Object.fromEntries(
    Object.entries(POLICIES).map(([name, what]) => {
      const seen = learned.policies.get(name);
      return [name, seen ? { status: 'observed', what, ...seen } : { status: 'not-tried', what }];
    }),
  );
  return {
    version: LEARNED_VERSION,
    lists,
    items,
    ids,
    settings: entry(learned.settingsKeys.size > 0, {
      at: learned.settingsAt ?? null,
      ...(learned.settingsBeside ? { beside: learned.settingsBeside } : {}),
      ...(learned.credentialsPlace?.at ? { credentialsPlace: learned.credentialsPlace } : {}),
      keysByType: byType(learned.settingsKeys),
      credentialKeysByType: byType(learned.credentialKeys),
      // A key the target removed on null has no default: it is listed under `removedByNull`.
      defaultsByType: Object.fromEntries(
        [...learned.settingsDefaults].map(([type, keys]) => [type, Object.fromEntries([...keys].filter(([, v]) => v !== undefined))]),
      ),
      removedByNull: Object.fromEntries(
        [...learned.settingsDefaults].map(([type, keys]) => [type, [...keys].filter(([, v]) => v === undefined).map(([k]) => k)]),
      ),
    }),
    errors,
    policies,
    offeredActions: entry(learned.offeredActions.size > 0, { byType: byType(learned.offeredActions) }),
    names: entry(learned.names.tries.length > 0, { schema: learned.names.schema, tries: learned.names.tries }),
    successBodies: entry(learned.successBodies.size > 0, { byOperation: Object.fromEntries(learned.successBodies) }),
    mediaTypes: entry(learned.mediaTypes.size > 0, { seen: [...learned.mediaTypes].sort() }),
  };
}
