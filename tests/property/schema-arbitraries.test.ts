import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiSchemas, loadApiSchemas } from './openapi-schemas.js';
import { invalidValue, validValue } from './schema-arbitraries.js';

let schemas: ApiSchemas;
beforeAll(async () => {
  schemas = await loadApiSchemas();
});

/** The request bodies and path values of the document, by name. */
const BODIES = ['createGroup', 'createConnection', 'updateConnection', 'setConnectionCredentials', 'updateComputer', 'connectConnection'];
const COMPONENTS = [
  'Uid',
  'ComputerId',
  'ComputerConnectionId',
  'Name',
  'Secret',
  'Host',
  'VncSettingsPatch',
  'RdpSettingsPatch',
  'NearSettingsPatch',
];

describe('the JSON Schema to fast-check converter', () => {
  const cases = [...BODIES.map((id) => ['body of', id] as const), ...COMPONENTS.map((name) => ['schema', name] as const)];
  it.each(cases)('generates only valid values for the %s %s', (kind, name) => {
    const schema = kind === 'schema' ? schemas.component(name) : schemas.body(name);
    fc.assert(
      fc.property(validValue(schema), (value) => schemas.isValid(schema, value)),
      { seed: 1, numRuns: 300 },
    );
  });

  it.each(BODIES)('generates invalid bodies for %s in every way it knows, __proto__ keys included', (id) => {
    const schema = schemas.body(id);
    const samples = fc.sample(invalidValue(schema, schemas.isValid), { seed: 2, numRuns: 300 });
    expect(samples.every((value) => !schemas.isValid(schema, value))).toBe(true);
    expect(samples.some((value) => value !== null && typeof value === 'object' && Object.hasOwn(value, '__proto__'))).toBe(true);
    expect(samples.some((value) => typeof value !== 'object' || value === null)).toBe(true);
  });

  it('reaches the longest names allowed, and code points beyond ASCII', () => {
    const names = fc.sample(validValue(schemas.component('Name')) as fc.Arbitrary<string>, { seed: 3, numRuns: 500 });
    expect(names.some((name) => [...name].length === 255)).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the schemas refuse control characters; the test checks that
    expect(names.some((name) => /[^\x00-\x7f]/.test(name))).toBe(true);
  });
});
