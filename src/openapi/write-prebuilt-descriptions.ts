import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import type { Operation } from '../../openapi-reader/list-operations.js';
import { validationSchemas } from './create-request-validators.js';
import { addFixtureSchema, FIXTURE_SCHEMA } from './fixture-validator.js';
import { loadApiDescription } from './load-api-description.js';
import { exportName, hashSources, PREBUILT_FORMAT, type PrebuiltManifest, type PrebuiltOperation } from './prebuilt-descriptions.js';
import { readSettingsDefaults } from './read-settings-defaults.js';

const standaloneCode = ((standaloneModule as { default?: unknown }).default ?? standaloneModule) as (
  ajv: Ajv2020,
  refs: Record<string, string>,
) => string;

/**
 * Validates both documents with swagger-parser and compiles every validator to standalone code, once,
 * at build time. Start-up then loads this instead of parsing, validating and compiling again.
 */
export async function writePrebuiltDescriptions(apiFile: string, adminFile: string, outDir: string): Promise<void> {
  const [api, admin] = await Promise.all([loadApiDescription(apiFile), loadApiDescription(adminFile)]);
  // inlineRefs: false for the fixture's items (see addFixtureSchema); the documents are dereferenced, so no other schema has a $ref.
  const strict = createAjv({ standalone: true, inlineRefs: false });
  const coercing = createAjv({ coerce: true, standalone: true });
  const strictRefs: Record<string, string> = {};
  const coercingRefs: Record<string, string> = {};
  const add = (ajv: Ajv2020, refs: Record<string, string>, name: string, schema: object) => {
    ajv.addSchema(schema, name);
    refs[name] = name;
  };
  const describe = (operation: Operation): PrebuiltOperation => {
    const schemas = validationSchemas(operation);
    const { operationId, method, path } = operation;
    add(coercing, coercingRefs, exportName.path(operationId), schemas.path);
    add(coercing, coercingRefs, exportName.query(operationId), schemas.query);
    let body: PrebuiltOperation['body'] = null;
    if (schemas.body && 'schema' in schemas.body) {
      add(strict, strictRefs, exportName.body(operationId), schemas.body.schema);
      body = 'single';
    } else if (schemas.body) {
      for (const [key, schema] of Object.entries(schemas.body.schemas)) add(strict, strictRefs, exportName.body(operationId, key), schema);
      body = { byParameter: schemas.body.byParameter, keys: Object.keys(schemas.body.schemas) };
    }
    return { operationId, method, path, bodyRequired: schemas.bodyRequired, body };
  };
  const manifest: PrebuiltManifest = {
    format: PREBUILT_FORMAT,
    sourceHash: await hashSources([apiFile, adminFile]),
    api: { operations: api.operations.map(describe), extensionMethods: api.extensionMethods },
    admin: { operations: admin.operations.map(describe), extensionMethods: admin.extensionMethods },
    settingsDefaults: readSettingsDefaults(api.operations),
  };
  const fixture = (admin.document.components?.schemas as Record<string, object> | undefined)?.Fixture;
  if (!fixture) throw new Error(`${adminFile} has no components.schemas.Fixture`);
  addFixtureSchema(strict, fixture);
  strictRefs[exportName.fixture] = FIXTURE_SCHEMA;
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'descriptions.json'), JSON.stringify(manifest));
  await writeFile(join(outDir, 'strict.cjs'), standaloneCode(strict, strictRefs));
  await writeFile(join(outDir, 'coercing.cjs'), standaloneCode(coercing, coercingRefs));
}
