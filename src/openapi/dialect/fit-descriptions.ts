import { listOperations, type Schema } from '../../../openapi-reader/list-operations.js';
import type { Dialect } from '../../dialect/dialect.js';
import { DialectProblem } from '../../dialect/dialect-error.js';
import type { SettingsDefaults } from '../../store/types.js';
import type { ApiDescription } from '../load-api-description.js';
import { DialectSchemas } from './dialect-schemas.js';
import { fitApiDocument } from './fit-api-document.js';
import { fitFixtureSchema } from './fit-fixture-schema.js';

export interface FittedDescriptions {
  api: ApiDescription;
  /** The admin API, its fixture bodies (reset, import) of the dialect's shapes. */
  admin: ApiDescription;
  fixtureSchema: Schema;
  settingsDefaults: SettingsDefaults;
}

/** The API document, the fixture schema and the settings defaults a dialect implies. */
export function fitDescriptions(base: ApiDescription, admin: ApiDescription, dialect: Dialect): FittedDescriptions {
  const document = fitApiDocument(base.document, dialect);
  const adminSchemas = admin.document.components?.schemas as Record<string, Schema>;
  const fixture = adminSchemas.Fixture;
  if (!fixture) throw new Error('the admin document has no components.schemas.Fixture');
  const schemas = new DialectSchemas(dialect, base.document.components?.schemas as Record<string, Schema>);
  const fixtureSchema = fitFixtureSchema(fixture, schemas);
  const adminDocument = withFixtureBodies(admin.document, fixtureSchema);
  return {
    api: { document, operations: listOperations(document), extensionMethods: base.extensionMethods },
    admin: { document: adminDocument, operations: listOperations(adminDocument), extensionMethods: admin.extensionMethods },
    fixtureSchema,
    settingsDefaults: settingsDefaultsOf(dialect),
  };
}

/** The admin document with the dialect's fixture schema for the bodies of reset and import. */
function withFixtureBodies(document: ApiDescription['document'], fixture: Schema): ApiDescription['document'] {
  const fitted = structuredClone(document);
  for (const [path, method] of [
    ['/__admin/reset', 'post'],
    ['/__admin/state', 'put'],
  ] as const) {
    const operation = fitted.paths?.[path]?.[method] as { requestBody?: { content: Record<string, { schema?: unknown }> } } | undefined;
    const media = operation?.requestBody?.content['application/json'];
    if (!media) throw new Error(`the admin document has no JSON body for ${method.toUpperCase()} ${path}`);
    media.schema = fixture;
  }
  return fitted;
}

function settingsDefaultsOf(dialect: Dialect): SettingsDefaults {
  const defaults: Record<string, Record<string, string | number | boolean | undefined>> = {};
  for (const [type, { keys }] of Object.entries(dialect.settings.types)) {
    if (Object.keys(keys).length === 0) throw new DialectProblem(`/settings/types/${type}/keys`, 'names no setting');
    defaults[type] = Object.fromEntries(Object.entries(keys).map(([key, setting]) => [key, setting.default]));
  }
  return defaults as SettingsDefaults;
}
