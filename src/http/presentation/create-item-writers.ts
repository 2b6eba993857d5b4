import type { Dialect, ExtraField, Fields, ItemFormat } from '../../dialect/dialect.js';
import { DialectProblem } from '../../dialect/dialect-error.js';
import type { ItemFacts } from '../../store/item-facts.js';

/** What a writer may read besides the item: the store's facts, and the request's path parameters. */
export interface WriteContext {
  facts: ItemFacts;
  params: Readonly<Record<string, string>>;
}

/** Writes one item of the store as the dialect shows it. `identity` when it writes the item as it is. */
export interface ItemWriter {
  // biome-ignore lint/suspicious/noExplicitAny: items are the store's plain records
  (item: any, context: WriteContext): any;
  identity: boolean;
  /** Whether it reads the store's facts (derived fields): a delete must then be written before it happens. */
  derived: boolean;
}

export type IdKind = 'group' | 'connection' | 'computer';
export type ItemKind = 'group' | 'connection' | 'computer' | 'nearby' | 'computerConnection';

/** Each field of an item: the store's key for it, and, for ids, the kind of id it holds. */
const CANONICAL: Record<ItemKind, Record<string, { key: string; id?: IdKind }>> = {
  group: { id: { key: 'group_uid', id: 'group' }, name: { key: 'name' } },
  connection: {
    id: { key: 'uid', id: 'connection' },
    name: { key: 'name' },
    group: { key: 'category_uid', id: 'group' },
    protocol: { key: 'protocol' },
    hasCredentials: { key: 'has_credentials' },
  },
  computer: { id: { key: 'computer_id', id: 'computer' }, name: { key: 'name' }, group: { key: 'category_uid', id: 'group' } },
  nearby: { name: { key: 'name' }, host: { key: 'host' }, protocol: { key: 'protocol' } },
  computerConnection: { id: { key: 'connection' }, type: { key: 'type' }, port: { key: 'port' } },
};

/** An id as JSON writes it: text, or a number for integer ids. */
export function createIdWriter(dialect: Dialect): (kind: IdKind, id: string) => unknown {
  const integer = { group: dialect.ids.group.type === 'integer', connection: dialect.ids.connection.type === 'integer' };
  const computer = dialect.ids.computer.type === 'integer';
  return (kind, id) => ((kind === 'computer' ? computer : integer[kind]) && /^-?\d{1,15}$/.test(id) ? Number(id) : id);
}

/**
 * The writer of one kind of item: its fields under the dialect's keys (null leaves one out), then its
 * extra fields. The default dialect's writers are identities: an answer costs no copy.
 */
export function createItemWriter(dialect: Dialect, kind: ItemKind, format: Pick<ItemFormat, 'fields'> & Partial<ItemFormat>): ItemWriter {
  const pointer = `/items/${kind}`;
  const writeId = createIdWriter(dialect);
  const canonical = CANONICAL[kind];
  const fields = checkedFields(format.fields, canonical, pointer);
  const extra = Object.entries(format.extra ?? {}).map(([key, rule]) => [key, extraReader(kind, key, rule, pointer)] as const);
  const omitNull = format.omitNull === true;
  const typed = fields.map(({ id }) => id !== undefined && dialect.ids[id].type === 'integer');
  const identity =
    !omitNull &&
    extra.length === 0 &&
    !typed.includes(true) &&
    fields.length === Object.keys(canonical).length &&
    fields.every(({ from, to }, i) => from === to && Object.values(canonical)[i]!.key === from);
  if (identity) return Object.assign((item: unknown) => item, { identity: true, derived: false });
  const write = (item: Record<string, unknown>, context: WriteContext) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const { from, to, id } = fields[i]!;
      const value = item[from];
      if (value === undefined || (omitNull && value === null)) continue;
      out[to] = typed[i] ? writeId(id!, value as string) : value;
    }
    for (const [key, read] of extra) {
      const value = read(item, context);
      if (value !== undefined && !(omitNull && value === null)) out[key] = value;
    }
    return out;
  };
  return Object.assign(write, { identity: false, derived: Object.values(format.extra ?? {}).some((rule) => rule.derived !== undefined) });
}

type ExtraReader = (item: Record<string, unknown>, context: WriteContext) => unknown;

/** How one extra field is read: a fixed value, the item's own (kept or stamped), or derived from the store. */
function extraReader(kind: ItemKind, key: string, rule: ExtraField, pointer: string): ExtraReader {
  if (Object.hasOwn(rule, 'value')) return () => rule.value;
  if (rule.derived !== undefined) return derivedReader(kind, rule.derived, `${pointer}/extra/${key}/derived`);
  return (item) => {
    const own = item.extra as Record<string, unknown> | undefined;
    return own !== undefined && Object.hasOwn(own, key) ? own[key] : rule.default;
  };
}

const DERIVED: Record<NonNullable<ExtraField['derived']>, Partial<Record<ItemKind, ExtraReader>>> = {
  'member-count': { group: (item, { facts }) => facts.memberCount(item.group_uid as string) },
  'connection-count': { computer: (item, { facts }) => facts.connectionCount(item.computer_id as string) },
  'credential-keys': { connection: (item, { facts }) => facts.credentialKeys(item.uid as string) },
  'has-credentials': {
    connection: (item) => item.has_credentials,
    computerConnection: (item, { facts, params }) => facts.computerConnectionHasCredentials(params.computer_id!, item.connection as string),
  },
  path: {
    group: (item) => `/group/${item.group_uid}`,
    connection: (item) => `/connection/${item.uid}`,
    computer: (item) => `/computer/${item.computer_id}`,
    computerConnection: (item, { params }) => `/computer/${params.computer_id}/${item.connection}`,
  },
};

function derivedReader(kind: ItemKind, derived: NonNullable<ExtraField['derived']>, pointer: string): ExtraReader {
  const read = DERIVED[derived][kind];
  if (!read) throw new DialectProblem(pointer, `${derived} is not a field ${kind} items can derive`);
  return read;
}

interface FieldRule {
  from: string;
  to: string;
  id?: IdKind;
}

function checkedFields(fields: Fields, canonical: Record<string, { key: string; id?: IdKind }>, pointer: string): FieldRule[] {
  const rules: FieldRule[] = [];
  const used = new Set<string>();
  for (const [field, to] of Object.entries(fields)) {
    const known = canonical[field];
    if (!known)
      throw new DialectProblem(`${pointer}/fields/${field}`, `is not a field of this item; it has ${Object.keys(canonical).join(', ')}`);
    if (to === null) continue;
    if (used.has(to)) throw new DialectProblem(`${pointer}/fields/${field}`, `writes ${to}, which another field already writes`);
    used.add(to);
    rules.push({ from: known.key, to, id: known.id });
  }
  return rules;
}
