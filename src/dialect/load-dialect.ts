import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import { DIALECT_SCHEMA } from '../package-paths.js';
import { checkDialect } from './check-dialect.js';
import { defaultDialect } from './default-dialect.js';
import type { Dialect } from './dialect.js';
import { DialectError, DialectProblem } from './dialect-error.js';
import { mergeDialect } from './merge-dialect.js';

let validator: Promise<ValidateFunction> | undefined;

/**
 * A dialect file (or its parsed data, named `source` in errors) checked against dialect.schema.json,
 * merged over the default and checked for what a schema cannot say. Any problem is a DialectError naming
 * the file and the JSON path. A dialect that says nothing new is the default itself (its validators are
 * prebuilt).
 */
export async function loadDialect(
  file: string | Record<string, unknown>,
  source = typeof file === 'string' ? file : 'the dialect option',
): Promise<Dialect> {
  const data = typeof file === 'string' ? await readDialectFile(file) : structuredClone(file);
  const validate = await (validator ??= compileSchema());
  if (!validate(data)) {
    const { toFieldErrors } = await import('../openapi/to-field-errors.js');
    const [first, ...rest] = toFieldErrors(validate.errors ?? [], '');
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    throw new DialectError(source, first?.path ?? '', `${first?.message ?? 'is not a dialect'}${more}`);
  }
  const dialect = mergeDialect(defaultDialect(), data as Record<string, unknown>);
  withDialectSource(source, () => checkDialect(dialect));
  return sameRules(dialect, defaultDialect()) ? defaultDialect() : dialect;
}

/** Runs `build`, turning a DialectProblem into a DialectError that names `source`. */
export function withDialectSource<T>(source: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof DialectProblem) throw new DialectError(source, error.pointer, error.message);
    throw error;
  }
}

async function readDialectFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DialectError(file, '', `cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DialectError(file, '', `is not valid JSON: ${(error as Error).message}`);
  }
}

async function compileSchema(): Promise<ValidateFunction> {
  const { createAjv } = await import('../../openapi-reader/create-ajv.js');
  return createAjv().compile(JSON.parse(await readFile(DIALECT_SCHEMA, 'utf8')));
}

/** Equal but for what the mock never reads (about, provenance, $schema). */
function sameRules(a: Dialect, b: Dialect): boolean {
  const rules = ({ about: _a, provenance: _p, $schema: _s, ...rest }: Dialect) => rest;
  return isDeepStrictEqual(rules(a), rules(b));
}
