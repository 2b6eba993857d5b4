import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const schema = JSON.parse(readFileSync(new URL('../../contract-tests/report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** How a report.json breaks its published schema (none when it keeps it). */
export function reportErrors(report: unknown): string[] {
  const parsed = JSON.parse(JSON.stringify(report));
  return validate(parsed) ? [] : (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message}`);
}
