import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

interface Answer {
  status: number;
  contentType: string | null;
  bodyKeys: string[];
  example: unknown;
}

/** The kit's kinds of provoked error (report.json `learned.errors`) → the dialect's kind each one answers as. */
const KIND_OF: Record<string, string> = {
  'query-parameter': 'invalid-query',
  'not-json-media-type': 'unsupported-media-type',
  'malformed-json': 'malformed-json',
  'empty-name': 'validation',
  'wrong-type': 'validation',
  'name-too-long': 'validation',
  'unknown-key': 'validation',
  'empty-update': 'validation',
  'unknown-credential-key': 'validation',
  'unknown-setting-key': 'validation',
  'action-with-body': 'validation',
  'partial-update': 'validation',
  'unknown-reference': 'unknown-reference',
  'non-empty-group-delete': 'conflict',
  'not-found': 'not-found',
  'action-not-offered': 'action-not-offered',
  'unsupported-method': 'method-not-allowed',
  'empty-credentials-read': 'no-credentials',
  'missing-credentials-delete': 'no-credentials',
};

const answersOf = (learned: Entry, kind: string): Answer[] => (observedEntry(learned.errors, kind)?.answers as Answer[] | undefined) ?? [];
const acceptedOf = (learned: Entry, kind: string): number => (observedEntry(learned.errors, kind)?.accepted as number | undefined) ?? 0;

/**
 * An error body as a template: an RFC 9457 problem document (`type`, `title`, `status`) is `problem` with the
 * prefix its `type` puts before the kind; otherwise a message-like string becomes `{{detail}}`, a title
 * `{{title}}`, the status `{{status}}`, a list of errors `{{errors}}`, and other values stay as seen. Text
 * becomes `{{detail}}`, an empty body none.
 */
export function errorBodyOf(answer: Answer, kind?: string): Entry {
  const { example } = answer;
  if (example === '' || example === undefined || example === null) return { kind: 'none' };
  if (typeof example === 'string') return { kind: 'text', value: '{{detail}}' };
  if (typeof example !== 'object' || Array.isArray(example)) return { kind: 'json', value: example };
  const object = example as Entry;
  if (typeof object.type === 'string' && typeof object.title === 'string' && object.status === answer.status) {
    const type = object.type;
    const typePrefix = kind !== undefined && type.endsWith(kind) ? type.slice(0, -kind.length) : type.replace(/[^:/]*$/, '');
    return { kind: 'problem', typePrefix };
  }
  const value: Entry = {};
  for (const [key, v] of Object.entries(object)) {
    if (typeof v === 'number' && v === answer.status) value[key] = '{{status}}';
    else if (Array.isArray(v) && /errors/i.test(key)) value[key] = '{{errors}}';
    else if (typeof v === 'string' && /^title$/i.test(key)) value[key] = '{{title}}';
    else if (typeof v === 'string' && /message|detail|error|description|reason/i.test(key)) value[key] = '{{detail}}';
    else value[key] = v;
  }
  return { kind: 'json', value };
}

/** `errors.byKind`: the status, body and content type each kind of error answered with (the first seen). */
export function writeErrors(draft: DialectDraft, learned: Entry): void {
  const written = new Set<string>();
  for (const [kitKind, kind] of Object.entries(KIND_OF)) {
    const first = answersOf(learned, kitKind)[0];
    if (!first || written.has(kind)) continue;
    written.add(kind);
    const at = `/errors/byKind/${kind}`;
    draft.observed(at, { status: first.status, body: errorBodyOf(first, kind), contentType: first.contentType }, `as ${kitKind} answered`);
  }
  for (const kind of new Set(Object.values(KIND_OF))) {
    if (!written.has(kind)) draft.notTried(`/errors/byKind/${kind}`, 'no request of this kind got an error answer');
  }
  writeDeletedAndMalformed(draft, learned, written);
}

/**
 * A deleted id and a malformed one: when an id that never was answers other than a deleted one, and the
 * deleted one a 410, deleted ids are `gone`; a malformed id that answers as an unknown one is `not-found`.
 */
function writeDeletedAndMalformed(draft: DialectDraft, learned: Entry, written: Set<string>): void {
  const deleted = answersOf(learned, 'deleted-item')[0] ?? answersOf(learned, 'not-found')[0];
  const malformed = answersOf(learned, 'malformed-id')[0];
  if (deleted && malformed && deleted.status === 410 && malformed.status !== 410) {
    draft.observed('/ids/deleted', 'gone', 'a deleted id answered 410, an id that never was another status');
    draft.observed('/errors/byKind/gone', { status: 410, body: errorBodyOf(deleted, 'gone'), contentType: deleted.contentType });
    draft.observed('/errors/byKind/not-found', {
      status: malformed.status,
      body: errorBodyOf(malformed, 'not-found'),
      contentType: malformed.contentType,
    });
    written.add('not-found');
  } else if (deleted) draft.observed('/ids/deleted', 'not-found', 'a deleted id answered as an id that names nothing');
  else draft.notTried('/ids/deleted', 'no id the run deleted was used again');
  const notFound = answersOf(learned, 'not-found')[0];
  if (malformed && (malformed.status === notFound?.status || malformed.status === deleted?.status))
    draft.observed('/ids/malformed/path', 'not-found', `a malformed id in a path answered ${malformed.status}, as an unknown one`);
  else if (malformed) draft.observed('/ids/malformed/path', 'validation', `a malformed id in a path answered ${malformed.status}`);
  else draft.notTried('/ids/malformed/path', 'no malformed id got an error answer');
  if (acceptedOf(learned, 'action-not-offered') > 0) draft.observed('/actions/notOffered', 'accept');
  else if (answersOf(learned, 'action-not-offered').length) draft.observed('/actions/notOffered', 'refuse');
  else draft.notTried('/actions/notOffered', 'no ACTION the computer does not offer was sent');
}

/** `requests.*`: each is `refuse` when its kind of request got a 4xx, else what accepting it means. */
const REQUEST_RULES: Array<[string, string, string, string]> = [
  ['/requests/contentType', 'not-json-media-type', 'json', 'any'],
  ['/requests/query', 'query-parameter', 'refuse', 'ignore'],
  ['/requests/emptyUpdate', 'empty-update', 'refuse', 'accept'],
  ['/requests/actionBody', 'action-with-body', 'empty-object', 'json'],
];

export function writeRequestRules(draft: DialectDraft, learned: Entry): void {
  for (const [pointer, kind, refused, accepted] of REQUEST_RULES) {
    if (acceptedOf(learned, kind) > 0) draft.observed(pointer, accepted, `${kind} was accepted`);
    else if (answersOf(learned, kind).length) draft.observed(pointer, refused, `${kind} was refused`);
    else draft.notTried(pointer, `no ${kind} request was sent`);
  }
}
