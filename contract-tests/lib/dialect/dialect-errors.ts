import { type DialectDraft, type Entry, observedEntry } from './dialect-draft.js';

interface Answer {
  status: number;
  contentType: string | null;
  bodyKeys: string[];
  example: unknown;
}

interface AllowSeen {
  methods: string[];
  allow: string | null;
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
  // The mock refuses a missing body as a body that does not validate.
  'missing-body': 'validation',
  'unknown-reference': 'unknown-reference',
  'non-empty-group-delete': 'conflict',
  'not-found': 'not-found',
  'action-not-offered': 'action-not-offered',
  'unsupported-method': 'method-not-allowed',
  'empty-credentials-read': 'no-credentials',
  'missing-credentials-delete': 'no-credentials',
  'unknown-path': 'unknown-path',
};

/** The kinds whose problem documents the mock writes with `errors` ([{path, message}]). */
const INPUT_KINDS = new Set(['validation', 'invalid-query', 'malformed-json']);

/** A problem document's keys as a template: its title, status and detail as placeholders, the rest as seen. */
function problemTemplate(object: Entry): Entry {
  const value: Entry = {};
  for (const [key, v] of Object.entries(object))
    value[key] = key === 'title' ? '{{title}}' : key === 'status' ? '{{status}}' : key === 'detail' ? '{{detail}}' : v;
  return value;
}

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
    // The mock's problem documents list `errors` for input errors: a target's that has none is written key by key.
    if (!('errors' in object) && kind !== undefined && INPUT_KINDS.has(kind))
      return { kind: 'json', value: { ...problemTemplate(object), type: `${typePrefix}{{kind}}` } };
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
  writeAllow(draft, learned, written.has('method-not-allowed'));
  writeDeletedAndMalformed(draft, learned, written);
}

/**
 * `method-not-allowed`'s Allow header, from the refusals of methods the paths lack: whether one is sent, whether
 * HEAD is listed beside GET, and whether the methods come in the document's order or sorted (told only by a
 * path whose methods the two orders list differently).
 */
function writeAllow(draft: DialectDraft, learned: Entry, written: boolean): void {
  const at = '/errors/byKind/method-not-allowed';
  const seen = ((observedEntry(learned.errors, 'unsupported-method')?.allowHeaders as AllowSeen[] | undefined) ?? []).filter(
    (a) => a.methods.length > 0,
  );
  if (!written || seen.length === 0) {
    for (const key of ['allow', 'allowHead', 'allowOrder']) draft.notTried(`${at}/${key}`, 'no method a path lacks was refused');
    return;
  }
  const sent = seen.filter((a) => a.allow !== null);
  if (sent.length === 0) {
    draft.observed(`${at}/allow`, false, `no Allow header came with the ${seen.length} refusals of a method a path lacks`);
    return;
  }
  draft.observed(`${at}/allow`, true, `an Allow header came with ${sent.length} of ${seen.length} refusals of a method a path lacks`);
  const listed = sent.map((a) => ({ ...a, list: a.allow!.split(',').map((m) => m.trim().toUpperCase()) }));
  const withGet = listed.filter((a) => a.methods.includes('GET'));
  if (withGet.length === 0) draft.notTried(`${at}/allowHead`, 'no path with GET was refused a method');
  else {
    const head = withGet.every((a) => a.list.includes('HEAD'));
    draft.observed(`${at}/allowHead`, head, `Allow ${head ? 'lists' : 'does not list'} HEAD beside GET (e.g. ${withGet[0]!.allow})`);
  }
  // Only a path whose methods the document lists unsorted tells the two orders apart.
  const same = (a: string[], b: string[]) => a.join() === b.join();
  const telling = listed
    .map((a) => ({ allow: a.allow, methods: a.methods, own: a.list.filter((m) => m !== 'HEAD') }))
    .filter((a) => same([...a.own].sort(), [...a.methods].sort()) && !same(a.methods, [...a.methods].sort()));
  if (telling.length === 0) draft.notTried(`${at}/allowOrder`, 'no Allow named the methods of a path the document lists unsorted');
  else if (telling.every((a) => same(a.own, [...a.methods].sort())))
    draft.observed(`${at}/allowOrder`, 'sorted', `Allow lists the methods sorted (e.g. ${telling[0]!.allow})`);
  else if (telling.every((a) => same(a.own, a.methods)))
    draft.observed(`${at}/allowOrder`, 'document', `Allow lists the methods in the document's order (e.g. ${telling[0]!.allow})`);
  else draft.notTried(`${at}/allowOrder`, 'Allow listed the methods in neither the document order nor sorted');
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
  ['/requests/missingBody', 'missing-body', 'refuse', 'empty-object'],
];

export function writeRequestRules(draft: DialectDraft, learned: Entry): void {
  for (const [pointer, kind, refused, accepted] of REQUEST_RULES) {
    if (acceptedOf(learned, kind) > 0) draft.observed(pointer, accepted, `${kind} was accepted`);
    else if (answersOf(learned, kind).length) draft.observed(pointer, refused, `${kind} was refused`);
    else draft.notTried(pointer, `no ${kind} request was sent`);
  }
  writeNameLimits(draft, learned);
}

interface NameTry {
  kind: string;
  length: number;
  accepted: boolean;
}

/**
 * `requests.values.name`: the document's schema of names, less a limit the target did not hold (an empty name
 * taken drops `minLength`; a longer name than `maxLength` taken drops it: how long a name may then be is not known).
 */
function writeNameLimits(draft: DialectDraft, learned: Entry): void {
  const names = observedEntry(learned, 'names');
  const schema = names?.schema as Entry | null | undefined;
  if (!names || !schema) {
    draft.notTried('/requests/values/name', 'no name was sent against the limits');
    return;
  }
  const value: Entry = { ...schema };
  const notes: string[] = [];
  for (const { kind, length, accepted } of names.tries as NameTry[]) {
    const min = typeof value.minLength === 'number' ? value.minLength : undefined;
    const max = typeof value.maxLength === 'number' ? value.maxLength : undefined;
    if (accepted && min !== undefined && length < min) {
      delete value.minLength;
      notes.push(`${kind} (${length} characters) was taken`);
    } else if (accepted && max !== undefined && length > max) {
      delete value.maxLength;
      notes.push(`${kind} (${length} characters) was taken`);
    } else notes.push(`${kind} (${length} characters) was ${accepted ? 'taken' : 'refused'}`);
  }
  draft.observed('/requests/values/name', value, `the document's limits, as the target held them: ${notes.join('; ')}`);
}
