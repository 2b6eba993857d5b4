import type { Dialect, Fields, ItemFormat } from '../../dialect/dialect.js';
import { DialectProblem } from '../../dialect/dialect-error.js';

/** Writes one item of the store as the dialect shows it. `identity` when it writes the item as it is. */
export interface ItemWriter {
  // biome-ignore lint/suspicious/noExplicitAny: items are the store's plain records
  (item: any): any;
  identity: boolean;
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
  const extra = Object.entries(format.extra ?? {});
  const omitNull = format.omitNull === true;
  const typed = fields.map(({ id }) => id !== undefined && dialect.ids[id].type === 'integer');
  const identity =
    !omitNull &&
    extra.length === 0 &&
    !typed.includes(true) &&
    fields.length === Object.keys(canonical).length &&
    fields.every(({ from, to }, i) => from === to && Object.values(canonical)[i]!.key === from);
  if (identity) return Object.assign((item: unknown) => item, { identity: true });
  const write = (item: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const { from, to, id } = fields[i]!;
      const value = item[from];
      if (value === undefined || (omitNull && value === null)) continue;
      out[to] = typed[i] ? writeId(id!, value as string) : value;
    }
    for (const [key, rule] of extra) {
      const kept = Object.hasOwn(rule, 'value') ? rule.value : ((item.extra as Record<string, unknown> | undefined)?.[key] ?? rule.default);
      if (kept !== undefined && !(omitNull && kept === null)) out[key] = kept;
    }
    return out;
  };
  return Object.assign(write, { identity: false });
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
