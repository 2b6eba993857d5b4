import fc from 'fast-check';
import type { Schema } from './openapi-schemas.js';

/**
 * fast-check arbitraries from the JSON Schema subset that `openapi/remotix.yaml` uses: object with
 * properties, required, additionalProperties and min/maxProperties; string with min/maxLength and pattern;
 * enum; integer with minimum/maximum; boolean; null; `type: [x, 'null']`; oneOf and anyOf.
 */
export function validValue(schema: Schema, tweaks: Tweaks = NO_TWEAKS): fc.Arbitrary<unknown> {
  const arbitrary = untweakedValue(schema, tweaks);
  return tweaks.get(schema)?.(arbitrary) ?? arbitrary;
}

/** Changes to the arbitrary of particular schemas (by identity), e.g. to mark every generated credential. */
export type Tweaks = ReadonlyMap<Schema, (arbitrary: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>>;
const NO_TWEAKS: Tweaks = new Map();

function untweakedValue(schema: Schema, tweaks: Tweaks): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) return fc.oneof(...(branches as Schema[]).map((branch) => validValue(branch, tweaks)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type: string) => validValue({ ...schema, type }, tweaks)));
  switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 });
    case 'string':
      return validString(schema);
    case 'object':
      return validObject(schema, tweaks);
    default:
      throw new Error(`no arbitrary for the schema ${JSON.stringify(schema)}`);
  }
}

/** Code points, as JSON Schema counts a string's length. */
export const lengthOf = (text: string): number => [...text].length;

function validString(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 300;
  const pattern = schema.pattern === undefined ? null : new RegExp(schema.pattern, 'u');
  const fits = (text: string) => lengthOf(text) >= min && lengthOf(text) <= max && (pattern === null || pattern.test(text));
  const candidates: Array<fc.Arbitrary<string>> = [
    // Any code point, lone surrogates included; then the longest strings allowed.
    fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, 40) }),
    fc.string({ unit: 'binary', minLength: Math.max(min, max - 2), maxLength: max }),
  ];
  if (pattern !== null) candidates.unshift(fc.stringMatching(pattern));
  return fc.oneof(...candidates).filter(fits);
}

function validObject(schema: Schema, tweaks: Tweaks): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  if (Object.keys(properties).length === 0) return fc.constant({});
  const record = fc.record(Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, validValue(property, tweaks)])), {
    requiredKeys: schema.required ?? [],
  });
  const min = schema.minProperties ?? 0;
  const max = schema.maxProperties ?? Infinity;
  return record.filter((value) => Object.keys(value).length >= min && Object.keys(value).length <= max);
}

/**
 * Values that `schema` rejects: not an object, an unknown key (`__proto__` among them), a required key
 * missing, one property made invalid, or nothing where something is required. `isValid` is the oracle
 * that guarantees it.
 */
export function invalidValue(
  schema: Schema,
  isValid: (schema: Schema, value: unknown) => boolean,
  tweaks: Tweaks = NO_TWEAKS,
): fc.Arbitrary<unknown> {
  const valid = validValue(schema, tweaks);
  const ways: Array<fc.Arbitrary<unknown>> = [
    fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 })),
    fc.constant({}),
    valid.chain((value) => unknownKey(schema).map((key) => ({ ...(value as object), [key]: 'x' }))),
  ];
  const properties: Record<string, Schema> = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    const broken = fc
      .constantFrom(...keys)
      .chain((key) => fc.tuple(valid, invalidLeaf(properties[key]!)).map(([value, bad]) => ({ ...(value as object), [key]: bad })));
    ways.push(broken, broken);
  }
  if ((schema.required ?? []).length > 0) {
    ways.push(valid.chain((value) => fc.constantFrom(...(schema.required as string[])).map((key) => without(value, key))));
  }
  return fc.oneof(...ways).filter((value) => !isValid(schema, value));
}

function unknownKey(schema: Schema): fc.Arbitrary<string> {
  const known = new Set(Object.keys(schema.properties ?? {}));
  return fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string({ minLength: 1 })).filter((key) => !known.has(key));
}

/** A value of the wrong type, too long, off the pattern or outside the enum. */
function invalidLeaf(schema: Schema): fc.Arbitrary<unknown> {
  const ways: Array<fc.Arbitrary<unknown>> = [
    fc.constant(null),
    fc.integer(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({ a: 1 }),
    fc.string(),
  ];
  if (schema.maxLength !== undefined) ways.push(fc.integer({ min: 1, max: 20 }).map((extra) => 'x'.repeat(schema.maxLength + extra)));
  if (schema.pattern !== undefined) ways.push(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }));
  if (schema.minimum !== undefined) ways.push(fc.constant(schema.minimum - 1), fc.constant(schema.maximum + 1));
  return fc.oneof(...ways);
}

function without(value: unknown, key: string): Record<string, unknown> {
  const copy = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}
