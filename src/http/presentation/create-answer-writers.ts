import { ACTION_OPERATIONS, type AnswerBody, type Dialect, keyPath, READ_OPERATIONS, type WriteOperation } from '../../dialect/dialect.js';
import { DialectProblem } from '../../dialect/dialect-error.js';
import { compileTemplate } from './compile-template.js';
import { createIdWriter, createItemWriter, type IdKind, type ItemKind } from './create-item-writers.js';
import { createActionsWriter, createComputerConnectionsWriter, createGroupItemsWriter, createListWriter } from './create-list-writers.js';
import { createFixedResponder, createJsonResponder, createWrapper, type ResponseShape } from './write-json.js';

/** Writes the success answer of one operation from what its handler returned and the path parameters. */
export type AnswerWriter = (result: unknown, params: Readonly<Record<string, string>>) => Response;

/** For each write: which id `{{id}}` is, where it comes from, and what `{kind: item}` writes. */
const WRITES: Record<WriteOperation, { id: IdKind; param: string | null; item: ItemKind | 'as-is' | null }> = {
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
  updateComputerConnection: { id: 'computer', param: 'computer_id', item: 'as-is' },
  deleteComputerConnection: { id: 'computer', param: 'computer_id', item: 'as-is' },
  deleteComputerConnectionCredentials: { id: 'computer', param: 'computer_id', item: 'as-is' },
  connectConnection: { id: 'connection', param: 'uid', item: null },
  chatWithComputer: { id: 'computer', param: 'computer_id', item: null },
  runComputerAction: { id: 'computer', param: 'computer_id', item: null },
};

const PLACEHOLDERS = ['id', 'action', 'connection'];

/** One writer per API operation, compiled once from the dialect. */
export function createAnswerWriters(dialect: Dialect): Record<string, AnswerWriter> {
  const writers: Record<string, AnswerWriter> = {};
  const shape = (status: number | undefined, contentType: string | null | undefined, fallback: string | null): ResponseShape => ({
    status: status ?? dialect.success.status,
    contentType: contentType === undefined ? fallback : contentType,
    indent: dialect.success.indent,
  });
  const reads = readBodies(dialect);
  for (const operationId of [...READ_OPERATIONS, 'getGroup' as const]) {
    const answer = dialect.answers[operationId];
    const respond = createJsonResponder(shape(answer.status, answer.contentType, dialect.success.contentType));
    const body = reads[operationId];
    writers[operationId] = (result) => respond(body(result));
  }
  for (const operationId of Object.keys(WRITES) as WriteOperation[]) {
    writers[operationId] = writeAnswer(dialect, operationId, shape);
  }
  return writers;
}

// biome-ignore lint/suspicious/noExplicitAny: the store's plain results
function readBodies(dialect: Dialect): Record<(typeof READ_OPERATIONS)[number] | 'getGroup', (result: any) => unknown> {
  const { items, answers } = dialect;
  const at = (operationId: (typeof READ_OPERATIONS)[number]) => createWrapper(keyPath(answers[operationId].at));
  // biome-ignore lint/suspicious/noExplicitAny: the store's plain results
  const wrapped = (operationId: (typeof READ_OPERATIONS)[number], write: (value: any) => unknown) => {
    const wrap = at(operationId);
    // biome-ignore lint/suspicious/noExplicitAny: the store's plain results
    return (value: any) => wrap(write(value));
  };
  return {
    listGroups: wrapped('listGroups', createListWriter(createItemWriter(dialect, 'group', items.group))),
    listNearby: wrapped('listNearby', createListWriter(createItemWriter(dialect, 'nearby', items.nearby))),
    getComputer: wrapped('getComputer', createItemWriter(dialect, 'computer', items.computer)),
    listComputerActions: wrapped('listComputerActions', createActionsWriter(items.action)),
    listComputerConnections: wrapped('listComputerConnections', createComputerConnectionsWriter(dialect, items.computerConnection)),
    getComputerConnection: at('getComputerConnection'),
    getComputerConnectionCredentials: at('getComputerConnectionCredentials'),
    getGroup: createGroupItemsWriter(dialect, answers.getGroup),
  };
}

type Shape = (status: number | undefined, contentType: string | null | undefined, fallback: string | null) => ResponseShape;

function writeAnswer(dialect: Dialect, operationId: WriteOperation, shape: Shape): AnswerWriter {
  const answer = dialect.answers[operationId];
  const { body } = answer;
  const pointer = `/answers/${operationId}/body`;
  const fallback = body.kind === 'none' ? null : body.kind === 'text' ? 'text/plain; charset=utf-8' : dialect.success.contentType;
  const responseShape = shape(answer.status, answer.contentType, fallback);
  if (body.kind === 'none') return createFixedResponder(responseShape, null);
  if (body.kind === 'item') return itemAnswer(dialect, operationId, responseShape);
  return templateAnswer(dialect, operationId, body, responseShape, pointer);
}

function itemAnswer(dialect: Dialect, operationId: WriteOperation, shape: ResponseShape): AnswerWriter {
  const { item } = WRITES[operationId];
  if (item === null) throw new DialectProblem(`/answers/${operationId}/body/kind`, 'cannot be item: an ACTION has no item to answer with');
  const write = item === 'as-is' ? (value: unknown) => value : createItemWriter(dialect, item, dialect.items[item]);
  const respond = createJsonResponder(shape);
  const created = operationId === 'createGroup' || operationId === 'createConnection';
  return (result) => respond(write(created ? (result as { item: unknown }).item : result));
}

function templateAnswer(
  dialect: Dialect,
  operationId: WriteOperation,
  body: Extract<AnswerBody, { kind: 'json' | 'text' }>,
  shape: ResponseShape,
  pointer: string,
): AnswerWriter {
  const template = compileTemplate(body.value, PLACEHOLDERS, `${pointer}/value`);
  const serialize =
    body.kind === 'text' ? (value: unknown) => String(value) : (value: unknown) => JSON.stringify(value, null, shape.indent || undefined);
  if (template.constant) {
    const fixed = createFixedResponder(shape, serialize(template.fill({})));
    return () => fixed();
  }
  const { id: kind, param } = WRITES[operationId];
  const writeId = createIdWriter(dialect);
  const action = (ACTION_OPERATIONS as readonly string[]).includes(operationId);
  const init: ResponseInit = { status: shape.status, headers: shape.contentType === null ? {} : { 'content-type': shape.contentType } };
  return (result, params) => {
    const id = param === null ? (result as { id: string }).id : params[param]!;
    const vars = {
      id: writeId(kind, id),
      action: action ? (params.action ?? (operationId === 'chatWithComputer' ? 'chat' : 'connect')) : null,
      connection: params.connection ?? null,
    };
    return new Response(serialize(template.fill(vars)), init);
  };
}
