import { describe, expect, it } from 'vitest';
import { loadApiDescription } from '../openapi/load-api-description.js';
import { readSettingsDefaults } from '../openapi/read-settings-defaults.js';
import { API_DOCUMENT } from '../package-paths.js';
import { DEFAULT_ID_SPEC } from '../store/create-id-generator.js';
import { DEFAULT_POLICIES } from '../store/store-policies.js';
import { defaultDialect } from './default-dialect.js';
import { storeRulesOf } from './store-rules.js';

const api = await loadApiDescription(API_DOCUMENT);
const schemas = api.document.components?.schemas as Record<string, any>;
const strip = ({ 'x-remotix-source': _s, 'x-remotix-decision': _d, description: _t, examples: _e, ...rest }: Record<string, unknown>) =>
  rest;

/** The default dialect restates choices the OpenAPI document and the store also hold: they must agree. */
describe('the default dialect', () => {
  const dialect = defaultDialect();

  it('has the id shapes, names and secrets of the document', () => {
    expect(dialect.ids.group.pattern).toBe(schemas.Uid.pattern);
    expect(dialect.ids.connection.pattern).toBe(schemas.Uid.pattern);
    expect(dialect.ids.computer.pattern).toBe(schemas.ComputerId.pattern);
    expect(dialect.requests.values.name).toEqual(strip(schemas.Name));
    expect(dialect.requests.values.secret).toEqual(strip(schemas.Secret));
  });

  it('has the settings, defaults and schemas of the document', () => {
    const defaults = readSettingsDefaults(api.operations);
    for (const [type, name] of [
      ['VNC', 'VncSettings'],
      ['RDP', 'RdpSettings'],
      ['NEAR', 'NearSettings'],
    ] as const) {
      const keys = dialect.settings.types[type].keys;
      expect(Object.fromEntries(Object.entries(keys).map(([key, setting]) => [key, setting.default]))).toEqual(defaults[type]);
      for (const [key, setting] of Object.entries(keys)) {
        const { default: _default, ...schema } = strip(schemas[name].properties[key]);
        expect(setting.schema, `${type}.${key}`).toEqual(schema);
      }
    }
    expect(dialect.credentials.keys).toEqual(Object.keys(schemas.ConnectionCredentials.properties));
  });

  it('gives the store exactly its own defaults', () => {
    const rules = storeRulesOf(dialect);
    expect(rules.policies).toEqual(DEFAULT_POLICIES);
    expect(rules.ids).toEqual({ group: DEFAULT_ID_SPEC, connection: DEFAULT_ID_SPEC });
  });
});
