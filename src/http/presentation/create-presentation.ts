import type { Dialect } from '../../dialect/dialect.js';
import type { FieldError } from '../../openapi/to-field-errors.js';
import { DomainError } from '../../store/domain-error.js';
import type { ItemFacts } from '../../store/item-facts.js';
import { ApiProblem } from '../api-problem.js';
import { type AnswerWriter, createAnswerWriters, type ReadAnswerWriter } from './create-answer-writers.js';
import { createProblemWriter, type ProblemParts, type ProblemWriter } from './create-problem-writer.js';

/**
 * How the API speaks, compiled once from a dialect: the success answer of each operation, the answer of
 * each kind of error, and the two steps between validation and the store (what a refused request is, and
 * what of a body reaches the store). Everything per request is a call to something built here.
 */
export interface Presentation {
  answers: Readonly<Record<string, AnswerWriter>>;
  /** The reads' answers (GET), also in two steps: their text, and the answer of a text kept from before. */
  reads: Readonly<Record<string, ReadAnswerWriter>>;
  /** Deletes whose answer shows facts the delete removes (a group's member count): read them first. */
  factsBefore: ReadonlySet<string>;
  problem: ProblemWriter;
  problemResponse(problem: ApiProblem): Response;
  /** The error a request that failed validation gets: by default the validation problem itself. */
  refusal(errors: FieldError[]): Error;
  /** Per operation, what reaches the store of a valid body; absent where it is the body as sent. */
  intake: Readonly<Record<string, (body: Record<string, unknown>) => Record<string, unknown>>>;
}

const PATH_IDS: Record<string, string> = {
  group_uid: 'group',
  uid: 'connection',
  computer_id: 'cloud computer',
  connection: 'connection of the computer',
};

const compiled = new WeakMap<Dialect, Presentation>();

/** The presentation of a dialect, compiled on first use and kept. */
export function presentationOf(dialect: Dialect): Presentation {
  let presentation = compiled.get(dialect);
  if (!presentation) compiled.set(dialect, (presentation = createPresentation(dialect)));
  return presentation;
}

export function createPresentation(dialect: Dialect): Presentation {
  const problem = createProblemWriter(dialect);
  const { writers, reads, factsBefore } = createAnswerWriters(dialect);
  return {
    answers: writers,
    reads,
    factsBefore,
    problem,
    problemResponse: (given) => toResponse(problem(given)),
    refusal: createRefusal(dialect),
    intake: createIntake(dialect),
  };
}

export function toResponse({ status, headers, body }: ProblemParts): Response {
  return new Response(body, { status, headers });
}

function createRefusal(dialect: Dialect): Presentation['refusal'] {
  const queryKind = dialect.errors.byKind['invalid-query'] ? 'invalid-query' : 'validation';
  const validation = (errors: FieldError[]) => {
    const kind = errors.every((error) => error.path.startsWith('/query/')) ? queryKind : 'validation';
    return new ApiProblem(kind, 'the request does not match the API description', errors);
  };
  const { path, body } = dialect.ids.malformed;
  if (path === 'validation' && body === 'validation' && queryKind === 'validation') return validation;
  return (errors) => {
    const names = new Set(errors.map((error) => error.path));
    if (path === 'not-found' && names.size === 1) {
      const name = [...names][0]!.slice('/path/'.length);
      if (PATH_IDS[name] && errors[0]!.path === `/path/${name}`) {
        // The id is not echoed: under a loose pattern it is whatever the client put in the path.
        return new DomainError('not-found', `no ${PATH_IDS[name]} has the id in the path`);
      }
    }
    if (body === 'unknown-reference' && names.size === 1 && names.has('/body/category_uid')) {
      return new DomainError('unknown-reference', 'no group has this uid', 'category_uid');
    }
    return validation(errors);
  };
}

/** The documented keys of each body the store takes whole; only a dialect that ignores unknown keys drops others. */
function createIntake(dialect: Dialect): Presentation['intake'] {
  const intake: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {};
  const ignore = dialect.requests.unknownKeys === 'ignore';
  const textIds = dialect.ids.group.type === 'integer';
  const item = ['name', 'category_uid'];
  const bodies: Record<string, readonly string[]> = {
    createGroup: ['name'],
    renameGroup: ['name'],
    createConnection: item,
    updateConnection: item,
    updateComputer: item,
    setConnectionCredentials: dialect.credentials.keys,
  };
  for (const [operationId, keys] of Object.entries(bodies)) {
    const known = new Set(keys);
    const grouped = textIds && keys.includes('category_uid');
    if (!ignore && !grouped) continue;
    intake[operationId] = (body) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(body)) if (!ignore || known.has(key)) out[key] = value;
      if (grouped && typeof out.category_uid === 'number') out.category_uid = String(out.category_uid);
      return out;
    };
  }
  return intake;
}

/** The facts of the items a request names, read now; others are read when asked. */
export function factsAsNow(facts: ItemFacts, params: Readonly<Record<string, string>>): ItemFacts {
  const { group_uid, uid, computer_id } = params;
  const members = group_uid === undefined ? 0 : facts.memberCount(group_uid);
  const connections = computer_id === undefined ? 0 : facts.connectionCount(computer_id);
  const keys = uid === undefined ? [] : facts.credentialKeys(uid);
  return {
    memberCount: (id) => (id === group_uid ? members : facts.memberCount(id)),
    connectionCount: (id) => (id === computer_id ? connections : facts.connectionCount(id)),
    credentialKeys: (id) => (id === uid ? keys : facts.credentialKeys(id)),
    computerConnectionHasCredentials: (computer, connection) => facts.computerConnectionHasCredentials(computer, connection),
  };
}
