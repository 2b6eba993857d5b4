import {
  ACTION_OPERATIONS,
  type AnswerBody,
  type Dialect,
  keyPath,
  READ_OPERATIONS,
  type ReadOperation,
  type WriteOperation,
} from '../../dialect/dialect.js';
import { DialectProblem } from '../../dialect/dialect-error.js';
import { parseConnectionId } from '../../store/computer-connections.js';
import { compileTemplate, type Template } from './compile-template.js';
import { createIdWriter, createItemWriter, type IdKind, type ItemKind, type WriteContext } from './create-item-writers.js';
import { createActionsWriter, createComputerConnectionsWriter, createGroupItemsWriter, createListWriter } from './create-list-writers.js';
import { createFixedResponder, createJsonResponder, createJsonTextResponder, createWrapper, type ResponseShape } from './write-json.js';

/** Writes the success answer of one operation from what its handler returned, the path parameters and the store's facts. */
export type AnswerWriter = (result: unknown, context: WriteContext) => Response;

/** A read's answer in two steps, so that its text can be kept while the data does not change. */
export interface ReadAnswerWriter {
  text(result: unknown, context: WriteContext): string;
  send(text: string): Response;
}

/** For each write: which id `{{id}}` is, where it comes from, and what `{kind: item}` writes. */
const WRITES: Record<WriteOperation, { id: IdKind; param: string | null; item: ItemKind | 'settings' | 'credentials' | null }> = {
  createGroup: { id: 'group', param: null, item: 'group' },
  renameGroup: { id: 'group', param: 'group_uid', item: 'group' },
  deleteGroup: { id: 'group', param: 'group_uid', item: 'group' },
  createConnection: { id: 'connection', param: null, item: 'connection' },
  updateConnection: { id: 'connection', param: 'uid', item: 'connection' },
  deleteConnection: { id: 'connection', param: 'uid', item: 'connection' },
  setConnectionCredentials: { id: 'connection', param: 'uid', item: 'connection' },
  deleteConnectionCredentials: { id: 'connection', param: 'uid', item: 'connection' },
  updateComputer: { id: 'computer', param: 'computer_id', item: 'computer' },
  deleteComputer: { id: 'computer', param: 'computer_id', item: 'computer' },
  updateComputerConnection: { id: 'computer', param: 'computer_id', item: 'settings' },
  deleteComputerConnection: { id: 'computer', param: 'computer_id', item: 'settings' },
  deleteComputerConnectionCredentials: { id: 'computer', param: 'computer_id', item: 'credentials' },
  connectConnection: { id: 'connection', param: 'uid', item: null },
  chatWithComputer: { id: 'computer', param: 'computer_id', item: null },
  runComputerAction: { id: 'computer', param: 'computer_id', item: null },
};

/** The id a read answer's `{{id}}` is: the path's own. */
const READ_IDS: Record<ReadOperation, IdKind | null> = {
  listGroups: null,
  listNearby: null,
  getComputer: 'computer',
  listComputerActions: 'computer',
  listComputerConnections: 'computer',
  getComputerConnection: 'computer',
  getComputerConnectionCredentials: 'computer',
};

/** The deletes that answer the item as it was (a credentials delete answers the connection as it now is). */
const DELETES_OF_ITEMS: ReadonlySet<string> = new Set(['deleteGroup', 'deleteConnection', 'deleteComputer', 'deleteComputerConnection']);

const PLACEHOLDERS = ['id', 'action', 'connection', 'type', 'port', 'seq', 'count'];

/** One writer per API operation, compiled once from the dialect; and which deletes read facts that they remove. */
export function createAnswerWriters(dialect: Dialect): {
  writers: Record<string, AnswerWriter>;
  reads: Record<string, ReadAnswerWriter>;
  factsBefore: Set<string>;
} {
  const writers: Record<string, AnswerWriter> = {};
  const readWriters: Record<string, ReadAnswerWriter> = {};
  const shape = (status: number | undefined, contentType: string | null | undefined, fallback: string | null): ResponseShape => ({
    status: status ?? dialect.success.status,
    contentType: contentType === undefined ? fallback : contentType,
    indent: dialect.success.indent,
  });
  const reads = readBodies(dialect);
  for (const operationId of [...READ_OPERATIONS, 'getGroup' as const]) {
    const answer = dialect.answers[operationId];
    const { text, send } = createJsonTextResponder(shape(answer.status, answer.contentType, dialect.success.contentType));
    const body = reads[operationId];
    const read: ReadAnswerWriter = { text: (result, context) => text(body(result, context)), send };
    readWriters[operationId] = read;
    writers[operationId] = (result, context) => send(read.text(result, context));
  }
  const factsBefore = new Set<string>();
  for (const operationId of Object.keys(WRITES) as WriteOperation[]) {
    const { writer, derived } = writeAnswer(dialect, operationId, shape, reads);
    writers[operationId] = writer;
    if (derived && DELETES_OF_ITEMS.has(operationId)) factsBefore.add(operationId);
  }
  return { writers, reads: readWriters, factsBefore };
}

// biome-ignore lint/suspicious/noExplicitAny: the store's plain results
type BodyWriter = (result: any, context: WriteContext) => unknown;

function readBodies(dialect: Dialect): Record<ReadOperation | 'getGroup', BodyWriter> {
  const { items } = dialect;
  const wrapped = (operationId: ReadOperation, write: BodyWriter): BodyWriter => {
    const answer = dialect.answers[operationId];
    const wrap = createWrapper(keyPath(answer.at));
    if (answer.with === undefined) return (value, context) => wrap(write(value, context));
    const beside = compileTemplate(answer.with, PLACEHOLDERS, `/answers/${operationId}/with`);
    const vars = templateVars(dialect, READ_IDS[operationId], null, null);
    return (value, context) => {
      const written = write(value, context);
      // {{count}}: how many entries the list beside it holds.
      const count = Array.isArray(written) ? written.length : null;
      return { ...(beside.fill({ ...vars(undefined, context), count }) as object), ...(wrap(written) as object) };
    };
  };
  const asIs: BodyWriter = (value) => value;
  return {
    listGroups: wrapped('listGroups', createListWriter(createItemWriter(dialect, 'group', items.group))),
    listNearby: wrapped('listNearby', createListWriter(createItemWriter(dialect, 'nearby', items.nearby))),
    getComputer: wrapped('getComputer', createItemWriter(dialect, 'computer', items.computer)),
    listComputerActions: wrapped('listComputerActions', createActionsWriter(dialect, items.action)),
    listComputerConnections: wrapped('listComputerConnections', createComputerConnectionsWriter(dialect, items.computerConnection)),
    getComputerConnection: wrapped('getComputerConnection', asIs),
    getComputerConnectionCredentials: wrapped('getComputerConnectionCredentials', asIs),
    getGroup: groupWith(dialect, createGroupItemsWriter(dialect, dialect.answers.getGroup)),
  };
}

/** A group's answer with the fields its dialect writes beside the items: `{{count}}` is how many it holds. */
function groupWith(dialect: Dialect, write: BodyWriter): BodyWriter {
  const beside = dialect.answers.getGroup.with;
  if (beside === undefined) return write;
  const template = compileTemplate(beside, PLACEHOLDERS, '/answers/getGroup/with');
  const vars = templateVars(dialect, 'group', 'group_uid', null);
  return (value, context) => {
    const items = value as { connections: unknown[]; computers: unknown[] };
    const count = items.connections.length + items.computers.length;
    return { ...(template.fill({ ...vars(undefined, context), count }) as object), ...(write(value, context) as object) };
  };
}

/** The values of `{{id}}`, `{{action}}`, `{{connection}}`, `{{type}}` and `{{port}}` for one answer. */
function templateVars(dialect: Dialect, kind: IdKind | null, param: string | null, operationId: WriteOperation | null) {
  const writeId = createIdWriter(dialect);
  const paramOf: Record<IdKind, string> = { group: 'group_uid', connection: 'uid', computer: 'computer_id' };
  const action = operationId !== null && (ACTION_OPERATIONS as readonly string[]).includes(operationId);
  return (result: unknown, { params }: WriteContext): Record<string, unknown> => {
    const id = kind === null ? null : param === null && result !== undefined ? (result as { id?: string }).id : params[paramOf[kind]];
    const connection = params.connection ?? null;
    const parsed = connection === null ? null : parseConnectionId(connection);
    return {
      id: kind === null || id == null ? null : writeId(kind, id),
      action: action ? (params.action ?? (operationId === 'chatWithComputer' ? 'chat' : 'connect')) : null,
      connection,
      type: parsed?.type ?? null,
      port: parsed?.port ?? null,
      seq: action ? ((result as { seq?: number } | undefined)?.seq ?? null) : null,
    };
  };
}

type Shape = (status: number | undefined, contentType: string | null | undefined, fallback: string | null) => ResponseShape;

type Reads = Record<ReadOperation | 'getGroup', BodyWriter>;

function writeAnswer(
  dialect: Dialect,
  operationId: WriteOperation,
  shape: Shape,
  reads: Reads,
): { writer: AnswerWriter; derived: boolean } {
  const answer = dialect.answers[operationId];
  const { body } = answer;
  const fallback = body.kind === 'none' ? null : body.kind === 'text' ? 'text/plain; charset=utf-8' : dialect.success.contentType;
  const responseShape = shape(answer.status, answer.contentType, fallback);
  if (body.kind === 'none') return { writer: createFixedResponder(responseShape, null), derived: false };
  if (body.kind === 'item') return itemAnswer(dialect, operationId, body, responseShape, reads);
  return { writer: templateAnswer(dialect, operationId, body, responseShape), derived: false };
}

function itemAnswer(
  dialect: Dialect,
  operationId: WriteOperation,
  body: Extract<AnswerBody, { kind: 'item' }>,
  shape: ResponseShape,
  reads: Reads,
): { writer: AnswerWriter; derived: boolean } {
  const { item, id, param } = WRITES[operationId];
  if (item === null) throw new DialectProblem(`/answers/${operationId}/body/kind`, 'cannot be item: an ACTION has no item to answer with');
  // Settings and credentials are written as their GET writes them.
  const write =
    item === 'settings' || item === 'credentials'
      ? Object.assign(reads[item === 'settings' ? 'getComputerConnection' : 'getComputerConnectionCredentials'], { derived: false })
      : createItemWriter(dialect, item, dialect.items[item]);
  const respond = createJsonResponder(shape);
  const created = operationId === 'createGroup' || operationId === 'createConnection';
  const before = body.with === undefined ? null : compileTemplate(body.with, PLACEHOLDERS, `/answers/${operationId}/body/with`);
  const vars = templateVars(dialect, id, param, operationId);
  const wrap = createWrapper(keyPath(body.at));
  const writer: AnswerWriter = (result, context) => {
    const fields = wrap(write(created ? (result as { item: unknown }).item : result, context));
    return respond(before === null ? fields : { ...(before.fill(vars(result, context)) as object), ...(fields as object) });
  };
  return { writer, derived: write.derived };
}

function templateAnswer(
  dialect: Dialect,
  operationId: WriteOperation,
  body: Extract<AnswerBody, { kind: 'json' | 'text' }>,
  shape: ResponseShape,
): AnswerWriter {
  const template: Template = compileTemplate(body.value, PLACEHOLDERS, `/answers/${operationId}/body/value`);
  const serialize =
    body.kind === 'text' ? (value: unknown) => String(value) : (value: unknown) => JSON.stringify(value, null, shape.indent || undefined);
  if (template.constant) {
    const fixed = createFixedResponder(shape, serialize(template.fill({})));
    return () => fixed();
  }
  const { id, param } = WRITES[operationId];
  const vars = templateVars(dialect, id, param, operationId);
  const init: ResponseInit = { status: shape.status, headers: shape.contentType === null ? {} : { 'content-type': shape.contentType } };
  return (result, context) => new Response(serialize(template.fill(vars(result, context))), init);
}
