import type { Schema } from '../../../openapi-reader/list-operations.js';
import type { ConnectionTypeName, Dialect, ExtraField, Fields, ItemFormat } from '../../dialect/dialect.js';

export type IdKind = 'group' | 'connection' | 'computer';

/** The JSON Schemas of a dialect's values: ids, items, settings, and the bodies its templates make. */
export class DialectSchemas {
  constructor(
    readonly dialect: Dialect,
    /** The document's own schemas (Protocol, Host, Problem), dereferenced. */
    private readonly components: Record<string, Schema>,
  ) {}

  component(name: string): Schema {
    const schema = this.components[name];
    if (!schema) throw new Error(`the OpenAPI document has no components.schemas.${name}`);
    return schema;
  }

  /** An id as text: in paths, always; in bodies and answers, unless the dialect writes it as a number. */
  idText(kind: IdKind): Schema {
    return { type: 'string', pattern: this.dialect.ids[kind].pattern };
  }

  /** An id in a JSON body or answer. */
  idJson(kind: IdKind): Schema {
    return this.dialect.ids[kind].type === 'integer' ? { type: 'integer' } : this.idText(kind);
  }

  /** An id in a fixture: as the target gave it (a number for integer ids), or as the mock exports it (text). */
  idFixture(kind: IdKind): Schema {
    return this.dialect.ids[kind].type === 'integer' ? { anyOf: [{ type: 'integer' }, this.idText(kind)] } : this.idText(kind);
  }

  get name(): Schema {
    return this.dialect.requests.values.name;
  }

  get secret(): Schema {
    return this.dialect.requests.values.secret;
  }

  /** The schema, or null (anyOf: a schema that allows null itself, such as `{}`, must not fail). */
  nullable(schema: Schema): Schema {
    return { anyOf: [schema, { type: 'null' }] };
  }

  /** An item as answers write it: its fields under the dialect's keys, its extra fields, nothing else. */
  item(kind: 'group' | 'connection' | 'computer' | 'nearby'): Schema {
    const format = this.dialect.items[kind];
    const values: Record<string, Schema> = {
      group: { id: this.idJson('group'), name: this.name },
      connection: {
        id: this.idJson('connection'),
        name: this.name,
        group: this.idJson('group'),
        protocol: this.nullable(this.component('Protocol')),
        hasCredentials: { type: 'boolean' },
      },
      computer: { id: this.idJson('computer'), name: this.name, group: this.idJson('group') },
      nearby: { name: this.name, host: this.component('Host'), protocol: this.component('Protocol') },
    }[kind] as Record<string, Schema>;
    return this.object(format.fields, values, format, kind === 'connection' ? ['protocol'] : []);
  }

  /** An object of `fields` (null: left out); those in `nullable` may be absent when the format omits nulls. */
  object(fields: Fields, values: Record<string, Schema>, format: Partial<ItemFormat>, nullable: readonly string[]): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const [field, key] of Object.entries(fields)) {
      if (key === null || !values[field]) continue;
      properties[key] = values[field]!;
      if (!(format.omitNull && nullable.includes(field))) required.push(key);
    }
    for (const [key, rule] of Object.entries(format.extra ?? {})) {
      properties[key] = extraSchema(rule);
      const always = Object.hasOwn(rule, 'value') || Object.hasOwn(rule, 'default') || rule.derived !== undefined;
      if (always && !required.includes(key)) required.push(key);
    }
    return { type: 'object', additionalProperties: false, required, properties };
  }

  /** A connection type's settings as GET answers them. */
  settings(type: ConnectionTypeName): Schema {
    const { keys } = this.dialect.settings.types[type];
    const { unknownKeys, null: nulls } = this.dialect.settings;
    const properties = Object.fromEntries(Object.entries(keys).map(([key, { schema }]) => [key, schema]));
    return {
      type: 'object',
      additionalProperties: unknownKeys === 'keep',
      // A key whose default is not known may be missing, as it is after a null.
      required: nulls === 'remove' ? [] : Object.keys(keys).filter((key) => keys[key]!.default !== undefined),
      properties,
    };
  }

  /** A PUT of a connection type: its settings and credential keys, each may be null. */
  settingsPatch(type: ConnectionTypeName): Schema {
    const { keys, credentials } = this.dialect.settings.types[type];
    const properties: Record<string, Schema> = {};
    for (const [key, { schema }] of Object.entries(keys)) properties[key] = this.nullable(schema);
    if (this.dialect.settings.putCredentials) for (const key of credentials) properties[key] = this.nullable(this.secret);
    const schema: Schema = { type: 'object', additionalProperties: this.dialect.settings.unknownKeys !== 'refuse', properties };
    if (this.dialect.requests.emptyUpdate === 'refuse') schema.minProperties = 1;
    return schema;
  }

  /** The credentials of a computer's connection, as GET answers them and fixtures hold them. */
  computerCredentials(type?: ConnectionTypeName): Schema {
    const types = type ? [type] : (['VNC', 'RDP', 'NEAR'] as const);
    const keys = [...new Set(types.flatMap((t) => this.dialect.settings.types[t].credentials))];
    return { type: 'object', additionalProperties: false, properties: Object.fromEntries(keys.map((key) => [key, this.secret])) };
  }

  /** The keys of PUT /connection/{uid}/credentials. */
  connectionCredentials(options: { forRequest: boolean }): Schema {
    const { credentials, requests } = this.dialect;
    const properties = Object.fromEntries(credentials.keys.map((key) => [key, this.secret]));
    const other = credentials.accept === 'any' ? this.secret : options.forRequest && requests.unknownKeys === 'ignore';
    const schema: Schema = { type: 'object', additionalProperties: other, properties };
    if (options.forRequest && this.dialect.requests.emptyUpdate === 'refuse') schema.minProperties = 1;
    return schema;
  }
}

/** An extra field: its fixed value, a count, a list of keys, a flag, a path, or anything kept from fixture data. */
function extraSchema(rule: ExtraField): Schema {
  if (Object.hasOwn(rule, 'value')) return { const: rule.value };
  switch (rule.derived) {
    case 'member-count':
    case 'connection-count':
      return { type: 'integer', minimum: 0 };
    case 'credential-keys':
      return { type: 'array', items: { type: 'string' } };
    case 'has-credentials':
      return { type: 'boolean' };
    case 'path':
      return { type: 'string' };
  }
  if (rule.stamp !== undefined) return { anyOf: [{ type: 'string', format: 'date-time' }, { const: rule.default ?? null }] };
  return {};
}

/**
 * What a template makes: its literal values as `const`, its objects with exactly their keys, and each
 * `{{placeholder}}` as the schema given for it (text around a placeholder makes a string).
 */
export function templateSchema(value: unknown, placeholders: Readonly<Record<string, Schema>>): Schema {
  if (typeof value === 'string') {
    const whole = /^\{\{\s*([A-Za-z_][\w-]*)\s*\}\}$/.exec(value)?.[1];
    if (whole !== undefined) return placeholders[whole] ?? {};
    return value.includes('{{') ? { type: 'string' } : { const: value };
  }
  if (Array.isArray(value)) {
    return { type: 'array', prefixItems: value.map((item) => templateSchema(item, placeholders)), items: false };
  }
  if (value !== null && typeof value === 'object') {
    const properties = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, templateSchema(item, placeholders)]));
    return { type: 'object', additionalProperties: false, required: Object.keys(value), properties };
  }
  return { const: value };
}
