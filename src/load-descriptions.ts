import type { ValidateFunction } from 'ajv';
import { createAjv } from './openapi/create-ajv.js';
import { createRequestValidators, type RequestValidator } from './openapi/create-request-validators.js';
import { type ApiDescription, loadApiDescription } from './openapi/load-api-description.js';
import { readSettingsDefaults } from './openapi/read-settings-defaults.js';
import { ADMIN_DOCUMENT, API_DOCUMENT } from './package-paths.js';
import type { SettingsDefaults } from './store/types.js';

/** Everything the mock derives from its two OpenAPI documents, built once at start-up and shared. */
export interface Descriptions {
  api: ApiDescription;
  admin: ApiDescription;
  validators: ReadonlyMap<string, RequestValidator>;
  settingsDefaults: SettingsDefaults;
  validateFixture: ValidateFunction;
}

export async function loadDescriptions(apiFile = API_DOCUMENT, adminFile = ADMIN_DOCUMENT): Promise<Descriptions> {
  const [api, admin] = await Promise.all([loadApiDescription(apiFile), loadApiDescription(adminFile)]);
  const ajv = createAjv();
  const validators = createRequestValidators({ strict: ajv, coercing: createAjv({ coerce: true }) }, [...api.operations, ...admin.operations]);
  const fixtureSchema = (admin.document.components?.schemas as Record<string, object> | undefined)?.Fixture;
  if (!fixtureSchema) throw new Error(`${adminFile} has no components.schemas.Fixture`);
  return {
    api,
    admin,
    validators,
    settingsDefaults: readSettingsDefaults(api.operations),
    validateFixture: ajv.compile(fixtureSchema),
  };
}
