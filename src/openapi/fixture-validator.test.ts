import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import { ADMIN_DOCUMENT, DEFAULT_FIXTURES } from '../package-paths.js';
import { compileFixtureValidator } from './fixture-validator.js';
import { loadApiDescription } from './load-api-description.js';

const admin = await loadApiDescription(ADMIN_DOCUMENT);
const schema = (admin.document.components!.schemas as Record<string, object>).Fixture!;
const whole = createAjv().compile(schema);
const split = compileFixtureValidator(createAjv({ inlineRefs: false }), schema);
const fixture = JSON.parse(readFileSync(DEFAULT_FIXTURES, 'utf8')) as Record<string, Array<Record<string, unknown>>>;

/** What a validator says of `data`: whether it passes, and each error's place, keyword and message. */
function verdict(validate: typeof whole, data: unknown) {
  const valid = validate(data);
  return {
    valid,
    errors: (validate.errors ?? []).map(({ instancePath, keyword, message, params }) => ({ instancePath, keyword, message, params })),
  };
}

/** Broken copies of the default fixtures: in every top-level array, its first item changed each way. */
function mutations(): Array<[string, unknown]> {
  const cases: Array<[string, unknown]> = [['unchanged', fixture]];
  for (const [key, items] of Object.entries(fixture)) {
    if (!Array.isArray(items) || items.length === 0) continue;
    const first = items[0]!;
    const withFirst = (item: unknown) => ({ ...fixture, [key]: [item, ...items.slice(1)] });
    cases.push([`${key}[0] is a string`, withFirst('x')]);
    cases.push([`${key}[0] has an unknown key`, withFirst({ ...first, unknown_key: 1 })]);
    for (const field of Object.keys(first)) {
      const { [field]: _, ...without } = first;
      cases.push([`${key}[0] without ${field}`, withFirst(without)]);
      cases.push([`${key}[0].${field} is an array`, withFirst({ ...first, [field]: [] })]);
    }
  }
  return cases;
}

describe('the fixture validator, each item checked in a function of its own', () => {
  const cases = mutations();

  it('is tried on broken fixtures of every kind, some refused', () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(cases.filter(([, data]) => !whole(data)).length).toBeGreaterThan(20);
  });

  it.each(cases)('says what the whole schema compiled as one says: %s', (_name, data) => {
    expect(verdict(split, data)).toEqual(verdict(whole, data));
  });
});
