import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, OUTCOMES } from '../check-result.js';
import { PACKAGE_ROOT } from '../package-files.js';
import { ERROR_KINDS, LEARNED_VERSION, POLICIES } from '../shapes/learned-report.js';
import { REPORT_SCHEMA_ID, REPORT_VERSION } from './build-report.js';

const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'contract-tests', 'report.schema.json'), 'utf8'));
const result = schema.$defs.result.properties;
const learned = schema.$defs.learned.properties;

describe('report.schema.json', () => {
  it('is the schema the reports name, of the version they carry', () => {
    expect(schema.$id).toBe(REPORT_SCHEMA_ID);
    expect(REPORT_VERSION).toMatch(new RegExp(schema.properties.reportVersion.pattern));
    expect(learned.version.const).toBe(LEARNED_VERSION);
  });

  it('lists the checks, outcomes, kinds of error and policies the kit writes', () => {
    expect(result.check.enum).toEqual([...CHECK_NAMES]);
    expect(result.outcome.enum).toEqual([...OUTCOMES]);
    expect(learned.errors.required).toEqual(Object.keys(ERROR_KINDS));
    expect(learned.policies.required).toEqual(Object.keys(POLICIES));
  });

  it('is shipped in the package and exported by path', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('contract-tests/report.schema.json');
    expect(pkg.exports['./contract-tests/report.schema.json']).toBe('./contract-tests/report.schema.json');
  });
});
