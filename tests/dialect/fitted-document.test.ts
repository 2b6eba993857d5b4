import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import { defaultDialect } from '../../src/dialect/default-dialect.js';
import { loadDialect } from '../../src/dialect/load-dialect.js';
import { createRequestValidators } from '../../src/openapi/create-request-validators.js';
import { fitDescriptions } from '../../src/openapi/dialect/fit-descriptions.js';
import { loadApiDescription } from '../../src/openapi/load-api-description.js';
import { ADMIN_DOCUMENT, API_DOCUMENT } from '../../src/package-paths.js';
import { PRESETS } from '../differential/presets.js';

const [api, admin] = await Promise.all([loadApiDescription(API_DOCUMENT), loadApiDescription(ADMIN_DOCUMENT)]);
const validatorsOf = (operations: typeof api.operations) =>
  createRequestValidators({ strict: createAjv(), coercing: createAjv({ coerce: true }) }, operations);

/** Requests both ways of validating must judge alike: valid ones, and invalid ones at the same fields. */
const samples: Array<[string, Record<string, string>, unknown]> = [
  ['createGroup', {}, { name: 'Lab' }],
  ['createGroup', {}, { name: '' }],
  ['createGroup', {}, { name: 'x', extra: 1 }],
  ['renameGroup', { group_uid: 'bad' }, { name: 'x' }],
  ['createConnection', {}, { name: 'Box', category_uid: '0123-CDEF' }],
  ['createConnection', {}, { name: 'Box', category_uid: 'nope' }],
  ['updateConnection', { uid: '1000-0001' }, {}],
  ['updateComputer', { computer_id: '123456' }, { category_uid: '0123-CDEF', name: 'Mac' }],
  ['setConnectionCredentials', { uid: '1000-0001' }, { 'rdp.password': 'p' }],
  ['setConnectionCredentials', { uid: '1000-0001' }, { 'rdp.pwd': 'p' }],
  ['updateComputerConnection', { computer_id: '123456', connection: 'RDP_3390' }, { color_depth: 8, username: 'me', domain: null }],
  ['updateComputerConnection', { computer_id: '123456', connection: 'VNC' }, { quality: null, view_only: true }],
  ['updateComputerConnection', { computer_id: '123456', connection: 'NEAR' }, { curtain_on_connect: 'yes' }],
  ['runComputerAction', { computer_id: '1', connection: 'NEAR', action: 'ft' }, {}],
  ['runComputerAction', { computer_id: '1', connection: 'NEAR', action: 'ft' }, { now: true }],
  ['getComputer', { computer_id: '12a' }, undefined],
];

describe('the document a dialect implies', () => {
  it('validates requests as the written document does, for the default dialect', () => {
    const fitted = fitDescriptions(api, admin, defaultDialect());
    const written = validatorsOf(api.operations);
    const implied = validatorsOf(fitted.api.operations);
    for (const [operationId, path, body] of samples) {
      const judge = (validators: typeof written) =>
        validators.get(operationId)!({ path: { ...path }, query: {}, body })
          .map((error) => error.path)
          .sort();
      expect(judge(implied), `${operationId} ${JSON.stringify(body)}`).toEqual(judge(written));
    }
  });

  it.each(PRESETS.map((preset) => [preset.name, preset.dialect]))('is a valid OpenAPI 3.1 document for the %s preset', async (_, file) => {
    const fitted = fitDescriptions(api, admin, await loadDialect(file));
    await expect(SwaggerParser.validate(structuredClone(fitted.api.document) as never)).resolves.toBeTruthy();
    expect(fitted.api.operations).toHaveLength(24);
    expect(createAjv().compile(fitted.fixtureSchema)).toBeTypeOf('function');
  });
});
