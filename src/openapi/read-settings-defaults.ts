import type { Operation, Schema } from '../../openapi-reader/list-operations.js';
import type { SettingsDefaults } from '../store/types.js';
import { SCHEMA_BY_PARAMETER, type SchemaByParameter } from './create-request-validators.js';

/**
 * The default of every setting of every connection type, from the schemas that the document gives for
 * the answer of `operationId` (`getComputerConnection`), one per type.
 */
export function readSettingsDefaults(operations: readonly Operation[], operationId = 'getComputerConnection'): SettingsDefaults {
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  const media = operation?.responses['200']?.content?.['application/json'];
  const byType = media?.[SCHEMA_BY_PARAMETER] as SchemaByParameter | undefined;
  if (!byType) throw new Error(`${operationId}: its 200 answer has no ${SCHEMA_BY_PARAMETER}`);
  const defaults: Record<string, Record<string, string | number | boolean>> = {};
  for (const [type, schema] of Object.entries(byType.schemas)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    defaults[type] = {};
    for (const [key, property] of Object.entries(properties)) {
      if (!('default' in property)) throw new Error(`${type} setting ${key} has no default in the OpenAPI document`);
      defaults[type][key] = property.default as string | number | boolean;
    }
  }
  return defaults as SettingsDefaults;
}
