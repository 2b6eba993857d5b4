import type { ActionFormat, ComputerConnectionFormat, Dialect, GroupItemsAnswer } from '../../dialect/dialect.js';
import { keyPath } from '../../dialect/dialect.js';
import { DialectProblem } from '../../dialect/dialect-error.js';
import type { ComputerConnectionSummary, GroupItems } from '../../store/types.js';
import { compileTemplate } from './compile-template.js';
import { createIdWriter, createItemWriter, type ItemWriter, type WriteContext } from './create-item-writers.js';
import { setAt } from './write-json.js';

// biome-ignore lint/suspicious/noExplicitAny: lists of the store's plain records
type ListWriter = (items: any[], context: WriteContext) => unknown;

/** Each item through its writer; the list itself when the writer is an identity. */
export function createListWriter(writer: ItemWriter): ListWriter {
  return writer.identity ? (items) => items : (items, context) => items.map((item) => writer(item, context));
}

/** The actions list from the store's `chat`, `NEAR/control`, … as paths, objects or a map per connection. */
export function createActionsWriter(dialect: Dialect, format: ActionFormat): (actions: string[], context: WriteContext) => unknown {
  const split = (action: string) => {
    const slash = action.indexOf('/');
    return slash < 0 ? { connection: null, action } : { connection: action.slice(0, slash), action: action.slice(slash + 1) };
  };
  switch (format.style) {
    case 'paths': {
      const separator = format.separator ?? '/';
      const tail = separator === '/' ? (action: string) => action : (action: string) => action.replace('/', separator);
      if (format.prefix === undefined) return separator === '/' ? (actions) => actions : (actions) => actions.map(tail);
      const prefix = compileTemplate(format.prefix, ['id'], '/items/action/prefix');
      const writeId = createIdWriter(dialect);
      return (actions, { params }) => {
        const before = String(prefix.fill({ id: writeId('computer', params.computer_id!) }));
        return actions.map((action) => before + tail(action));
      };
    }
    case 'objects': {
      const connectionKey = format.fields?.connection === undefined ? 'connection' : format.fields.connection;
      const actionKey = format.fields?.action ?? 'action';
      return (actions) =>
        actions.map((path) => {
          const { connection, action } = split(path);
          const out: Record<string, unknown> = {};
          if (connectionKey !== null && !(format.omitNull === true && connection === null)) out[connectionKey] = connection;
          out[actionKey] = action;
          return out;
        });
    }
    case 'map': {
      const own = format.own === undefined ? 'computer' : format.own;
      return (actions) => {
        const out: Record<string, string[]> = {};
        for (const path of actions) {
          const { connection, action } = split(path);
          const key = connection ?? own;
          if (key !== null) (out[key] ??= []).push(action);
        }
        return out;
      };
    }
  }
}

/** A computer's connections as objects, as their ids, or as a map from id to the other fields. */
export function createComputerConnectionsWriter(dialect: Dialect, format: ComputerConnectionFormat): ListWriter {
  const writer = createItemWriter(dialect, 'computerConnection', format);
  if (format.style === 'objects') return createListWriter(writer);
  if (format.style === 'ids') return (items: ComputerConnectionSummary[]) => items.map((item) => item.connection);
  const rest = createItemWriter(dialect, 'computerConnection', { ...format, fields: { ...format.fields, id: null } });
  return (items: ComputerConnectionSummary[], context) => Object.fromEntries(items.map((item) => [item.connection, rest(item, context)]));
}

type GroupItemsWriter = (items: GroupItems, context: WriteContext) => unknown;

/**
 * GET /group/{uid}: the group's fields (at the root, under a key, or not at all) and its items in two
 * lists, or in one list told apart by a field.
 */
export function createGroupItemsWriter(dialect: Dialect, answer: GroupItemsAnswer): GroupItemsWriter {
  const group = createItemWriter(dialect, 'group', dialect.items.group);
  const connection = createItemWriter(dialect, 'connection', dialect.items.connection);
  const computer = createItemWriter(dialect, 'computer', dialect.items.computer);
  const groupAt = typeof answer.group === 'boolean' ? [] : keyPath(answer.group);
  const own = (items: GroupItems, context: WriteContext): Record<string, unknown> => {
    if (answer.group === false) return {};
    const fields = group({ group_uid: items.group_uid, name: items.name, ...(items.extra ? { extra: items.extra } : {}) }, context);
    const out: Record<string, unknown> = groupAt.length === 0 ? { ...fields } : {};
    if (groupAt.length > 0) setAt(out, groupAt, fields);
    return out;
  };
  if (answer.layout === 'separate') {
    const connectionsAt = keyPath(answer.connections ?? 'connections');
    const computersAt = keyPath(answer.computers ?? 'computers');
    const plain = group.identity && connection.identity && computer.identity && answer.group === true;
    if (plain && connectionsAt.join() === 'connections' && computersAt.join() === 'computers') return (items) => items;
    const connections = createListWriter(connection);
    const computers = createListWriter(computer);
    return (items, context) => {
      const out = own(items, context);
      setAt(out, connectionsAt, connections(items.connections, context));
      setAt(out, computersAt, computers(items.computers, context));
      return out;
    };
  }
  return mixedItemsWriter(answer, own, connection, computer);
}

function mixedItemsWriter(
  answer: GroupItemsAnswer,
  own: (items: GroupItems, context: WriteContext) => Record<string, unknown>,
  connection: ItemWriter,
  computer: ItemWriter,
): GroupItemsWriter {
  const at = keyPath(answer.at ?? 'items');
  if (answer.group !== false && at.length === 0) {
    throw new DialectProblem('/answers/getGroup/at', 'cannot be [] when the group is shown: the list needs a key');
  }
  const tag = answer.discriminator ?? null;
  const tagged = (writer: ItemWriter, value: unknown) => (item: unknown, context: WriteContext) =>
    tag === null ? writer(item, context) : { ...writer(item, context), [tag.field]: value };
  const writeConnection = tagged(connection, tag?.connection);
  const writeComputer = tagged(computer, tag?.computer);
  const computersFirst = answer.order === 'computers-first';
  return (items, context) => {
    const connections = items.connections.map((item) => writeConnection(item, context));
    const computers = items.computers.map((item) => writeComputer(item, context));
    const list = computersFirst ? [...computers, ...connections] : [...connections, ...computers];
    if (at.length === 0) return list;
    const out = own(items, context);
    setAt(out, at, list);
    return out;
  };
}
