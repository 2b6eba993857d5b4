import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { OpenAPIV3_1 } from 'openapi-types';
import { defaultDialect } from './dialect/default-dialect.js';
import type { Dialect } from './dialect/dialect.js';
import type { RequestValidator } from './openapi/create-request-validators.js';
import { type OperationRef, PREBUILT_DIR } from './openapi/prebuilt-descriptions.js';
import { readPrebuiltDescriptions } from './openapi/read-prebuilt-descriptions.js';
import { ADMIN_DOCUMENT, API_DOCUMENT, PACKAGE_ROOT } from './package-paths.js';
import type { SettingsDefaults } from './store/types.js';

export interface DescribedApi {
  operations: OperationRef[];
  /** Methods that only appear under `x-oai-additionalOperations`, e.g. `ACTION`. */
  extensionMethods: string[];
}

/** Everything the mock derives from its two OpenAPI documents, built once and shared by every session. */
export interface Descriptions {
  api: DescribedApi;
  admin: DescribedApi;
  validators: ReadonlyMap<string, RequestValidator>;
  settingsDefaults: SettingsDefaults;
  validateFixture: ValidateFunction;
  /** `prebuilt`: compiled by `npm run build` from these very documents; `compiled`: at this start-up. */
  source: 'prebuilt' | 'compiled';
  /** The dialect the documents were fitted to (the validators follow its id shapes, keys and settings). */
  dialect: Dialect;
  /** The API document the dialect implies, when it is not the default (the docs page shows it). */
  fittedDocument?: OpenAPIV3_1.Document;
}

/**
 * The documents' operations and validators. When `npm run build` compiled them from the same documents
 * (their SHA-256 matches) and the dialect is the default, start-up loads that; otherwise it validates the
 * documents with swagger-parser, fits them to the dialect and compiles the validators now, which takes far
 * longer.
 */
export async function loadDescriptions(apiFile = API_DOCUMENT, adminFile = ADMIN_DOCUMENT, dialect?: Dialect): Promise<Descriptions> {
  if (dialect && dialect !== defaultDialect()) return compileDescriptions(apiFile, adminFile, dialect);
  const prebuilt = await readPrebuiltDescriptions(join(PACKAGE_ROOT, PREBUILT_DIR), [apiFile, adminFile]);
  if (!prebuilt) return compileDescriptions(apiFile, adminFile);
  const { manifest, validators, settingsDefaults, validateFixture } = prebuilt;
  return {
    api: refsOf(manifest.api),
    admin: refsOf(manifest.admin),
    validators,
    settingsDefaults,
    validateFixture,
    source: 'prebuilt',
    dialect: defaultDialect(),
  };
}

/** Only what the server needs of each operation at run time. */
function refsOf(described: { operations: readonly OperationRef[]; extensionMethods: string[] }): DescribedApi {
  return {
    operations: described.operations.map(({ operationId, method, path }) => ({ operationId, method, path })),
    extensionMethods: described.extensionMethods,
  };
}

/** The slow path: swagger-parser, YAML and the ajv compiler are loaded only when it is taken. */
export async function compileDescriptions(
  apiFile = API_DOCUMENT,
  adminFile = ADMIN_DOCUMENT,
  dialect = defaultDialect(),
): Promise<Descriptions> {
  const [
    { loadApiDescription },
    { createAjv },
    { createRequestValidators },
    { readSettingsDefaults },
    fitting,
    { compileFixtureValidator },
  ] = await Promise.all([
    import('./openapi/load-api-description.js'),
    import('../openapi-reader/create-ajv.js'),
    import('./openapi/create-request-validators.js'),
    import('./openapi/read-settings-defaults.js'),
    import('./openapi/dialect/fit-descriptions.js'),
    import('./openapi/fixture-validator.js'),
  ]);
  const [base, admin] = await Promise.all([loadApiDescription(apiFile), loadApiDescription(adminFile)]);
  const fitted = dialect === defaultDialect() ? undefined : fitting.fitDescriptions(base, admin, dialect);
  const api = fitted?.api ?? base;
  const adminFitted = fitted?.admin ?? admin;
  // As the build's (write-prebuilt-descriptions): inlineRefs false for the fixture's items; nothing else has a $ref.
  const ajv = createAjv({ inlineRefs: false });
  const validators = createRequestValidators({ strict: ajv, coercing: createAjv({ coerce: true }) }, [
    ...api.operations,
    ...adminFitted.operations,
  ]);
  const fixtureSchema = fitted?.fixtureSchema ?? (admin.document.components?.schemas as Record<string, object> | undefined)?.Fixture;
  if (!fixtureSchema) throw new Error(`${adminFile} has no components.schemas.Fixture`);
  return {
    api: refsOf(api),
    admin: refsOf(admin),
    validators,
    settingsDefaults: fitted?.settingsDefaults ?? readSettingsDefaults(api.operations),
    validateFixture: compileFixtureValidator(ajv, fixtureSchema),
    source: 'compiled',
    dialect,
    fittedDocument: fitted?.api.document,
  };
}
