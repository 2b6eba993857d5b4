import type { Schema } from '../../../openapi-reader/list-operations.js';
import type { DialectSchemas } from './dialect-schemas.js';

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema is walked as loose JSON
type Json = Record<string, any>;

/**
 * The fixture schema a dialect implies: ids of its shapes (kept exactly as given, numbers included for
 * integer ids), its credential keys and settings, and an `extra` object on the items whose dialect shows
 * extra fields. The rest is the admin document's `Fixture`, which is not changed.
 */
export function fitFixtureSchema(base: Schema, schemas: DialectSchemas): Schema {
  const fixture = structuredClone(base) as Json;
  const { dialect } = schemas;
  const extra = (kind: 'group' | 'connection' | 'computer' | 'nearby') =>
    Object.keys(dialect.items[kind].extra).length > 0 ? { extra: { type: 'object' } } : {};
  const items = (key: string) => fixture.properties[key].items as Json;
  fixture.properties.groups.items = {
    type: 'object',
    additionalProperties: false,
    required: ['group_uid', 'name'],
    properties: { group_uid: schemas.idFixture('group'), name: schemas.name, ...extra('group') },
  };
  const connection = items('connections');
  fixture.properties.connections.items = {
    ...connection,
    properties: {
      ...connection.properties,
      uid: schemas.idFixture('connection'),
      name: schemas.name,
      category_uid: schemas.idFixture('group'),
      credentials: schemas.connectionCredentials({ forRequest: false }),
      ...extra('connection'),
    },
  };
  const computer = items('computers');
  const byType = (type: 'VNC' | 'RDP' | 'NEAR') => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      settings: {
        type: 'object',
        additionalProperties: dialect.settings.unknownKeys === 'keep',
        properties: Object.fromEntries(Object.entries(dialect.settings.types[type].keys).map(([key, { schema }]) => [key, schema])),
      },
      credentials: schemas.computerCredentials(type),
    },
  });
  fixture.properties.computers.items = {
    ...computer,
    properties: {
      ...computer.properties,
      computer_id: schemas.idFixture('computer'),
      name: schemas.name,
      category_uid: schemas.idFixture('group'),
      connections: {
        ...computer.properties.connections,
        patternProperties: { '^VNC': byType('VNC'), '^RDP': byType('RDP'), '^NEAR': byType('NEAR') },
      },
      ...extra('computer'),
    },
  };
  const nearby = items('nearby');
  fixture.properties.nearby.items = { ...nearby, properties: { ...nearby.properties, name: schemas.name, ...extra('nearby') } };
  return fixture;
}
