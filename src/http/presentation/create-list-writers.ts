import type { ActionFormat, ComputerConnectionFormat, Dialect, GroupItemsAnswer } from '../../dialect/dialect.js';
import { keyPath } from '../../dialect/dialect.js';
import { DialectProblem } from '../../dialect/dialect-error.js';
import type { ComputerConnectionSummary, GroupItems } from '../../store/types.js';
import { createItemWriter, type ItemWriter } from './create-item-writers.js';
import { setAt } from './write-json.js';

// biome-ignore lint/suspicious/noExplicitAny: lists of the store's plain records
type ListWriter = (items: any[]) => unknown;

/** Each item through its writer; the list itself when the writer is an identity. */
export function createListWriter(writer: ItemWriter): ListWriter {
  return writer.identity ? (items) => items : (items) => items.map(writer);
}

/** The actions list from the store's `chat`, `NEAR/control`, … as paths, objects or a map per connection. */
export function createActionsWriter(format: ActionFormat): (actions: string[]) => unknown {
  const split = (action: string) => {
    const slash = action.indexOf('/');
    return slash < 0 ? { connection: null, action } : { connection: action.slice(0, slash), action: action.slice(slash + 1) };
  };
  switch (format.style) {
    case 'paths': {
      const separator = format.separator ?? '/';
      return separator === '/' ? (actions) => actions : (actions) => actions.map((action) => action.replace('/', separator));
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
  return (items: ComputerConnectionSummary[]) => Object.fromEntries(items.map((item) => [item.connection, rest(item)]));
}

/** GET /group/{uid}: the group's fields and its items in two lists, or in one list told apart by a field. */
export function createGroupItemsWriter(dialect: Dialect, answer: GroupItemsAnswer): (items: GroupItems) => unknown {
  const group = createItemWriter(dialect, 'group', dialect.items.group);
  const connection = createItemWriter(dialect, 'connection', dialect.items.connection);
  const computer = createItemWriter(dialect, 'computer', dialect.items.computer);
  const own = (items: GroupItems): Record<string, unknown> =>
    answer.group ? { ...group({ group_uid: items.group_uid, name: items.name, ...(items.extra ? { extra: items.extra } : {}) }) } : {};
  if (answer.layout === 'separate') {
    const connectionsAt = keyPath(answer.connections ?? 'connections');
    const computersAt = keyPath(answer.computers ?? 'computers');
    const plain = group.identity && connection.identity && computer.identity && answer.group;
    if (plain && connectionsAt.join() === 'connections' && computersAt.join() === 'computers') return (items) => items;
    const connections = createListWriter(connection);
    const computers = createListWriter(computer);
    return (items) => {
      const out = own(items);
      setAt(out, connectionsAt, connections(items.connections));
      setAt(out, computersAt, computers(items.computers));
      return out;
    };
  }
  const at = keyPath(answer.at ?? 'items');
  if (answer.group && at.length === 0)
    throw new DialectProblem('/answers/getGroup/at', 'cannot be [] when group is true: the list needs a key');
  const tag = answer.discriminator ?? null;
  const tagged = (writer: ItemWriter, value: unknown) => (item: unknown) =>
    tag === null ? writer(item) : { ...writer(item), [tag.field]: value };
  const writeConnection = tagged(connection, tag?.connection);
  const writeComputer = tagged(computer, tag?.computer);
  const computersFirst = answer.order === 'computers-first';
  return (items) => {
    const connections = items.connections.map(writeConnection);
    const computers = items.computers.map(writeComputer);
    const list = computersFirst ? [...computers, ...connections] : [...connections, ...computers];
    if (at.length === 0) return list;
    const out = own(items);
    setAt(out, at, list);
    return out;
  };
}
