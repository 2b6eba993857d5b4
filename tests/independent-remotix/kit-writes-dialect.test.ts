import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadDialect } from '../../src/dialect/load-dialect.js';
import { useIndependentRemotix } from './python-remotix.js';

const judge = useIndependentRemotix();
const schema = JSON.parse(await readFile(new URL('../../dialect/dialect.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

type Dialect = Record<string, any>;

async function dialectOf(preset: string, ...choices: string[]): Promise<Dialect> {
  const { code, reportDir } = await judge(['--preset', preset, ...choices.flatMap((choice) => ['--choice', choice])]);
  expect(code).toBe(0);
  const file = join(reportDir, 'dialect.json');
  const dialect = JSON.parse(await readFile(file, 'utf8')) as Dialect;
  expect(validate(dialect) ? [] : validate.errors).toEqual([]);
  await expect(loadDialect(file)).resolves.toBeDefined();
  return dialect;
}

/**
 * Every kit run writes `<report-dir>/dialect.json`: what it learned of the target, in the format
 * `remotix-mock --dialect` serves. Two presets of the independent Remotix that choose differently give
 * dialects that differ exactly there, and each entry says whether it was observed.
 */
describe('the dialect a kit run writes', () => {
  it('keeps the schema, loads in the mock, and differs between two presets where they differ', async () => {
    const defaults = await dialectOf('default');
    const strict = await dialectOf('strict', 'partial_update=refuse', 'empty_credentials_read=404');
    // default: {items: []}, id/title/parent_uid, UUIDs, vnd+json, {message, code}, a cascading group delete,
    // unknown keys ignored, partial updates taken, 404 for an id that never was and 410 for a deleted one.
    expect(defaults).toMatchObject({
      answers: {
        listGroups: { at: '/items' },
        getGroup: { layout: 'mixed', at: '/items' },
        createGroup: { body: { kind: 'item', with: { group_uid: '{{id}}' } } },
      },
      items: { group: { fields: { id: 'id', name: 'title' } }, connection: { fields: { group: 'parent_uid' } } },
      ids: { group: { new: { kind: 'uuid' } }, deleted: 'gone' },
      success: { contentType: 'application/vnd.remotix+json' },
      groups: { deleteNonEmpty: 'cascade' },
      requests: { unknownKeys: 'ignore', partialUpdate: { updateComputer: 'accept' } },
      errors: { byKind: { gone: { status: 410 }, 'not-found': { status: 404 } } },
    });
    // strict (with whole updates only, 404 for credentials never stored): {results: []}, ref/display_name/folder_id, g_ uids, a refused group delete (409), unknown keys
    // refused, only whole updates, 404 for credentials never stored, 410 for every unknown id.
    expect(strict).toMatchObject({
      answers: { listGroups: { at: '/results' }, getGroup: { layout: 'separate', connections: '/links', computers: '/machines' } },
      items: { group: { fields: { id: 'ref', name: 'display_name' } }, connection: { fields: { group: 'folder_id' } } },
      ids: { group: { pattern: '^g_[0-9a-f]{10}$' }, deleted: 'not-found' },
      success: { contentType: 'application/json; charset=utf-8' },
      groups: { deleteNonEmpty: 'refuse' },
      requests: { unknownKeys: 'refuse', query: 'refuse', partialUpdate: { updateComputer: 'refuse' } },
      errors: { byKind: { conflict: { status: 409 }, 'not-found': { status: 410 } } },
      about: { observed: { 'empty-credentials-read': { status: 'observed', outcome: 'error', httpStatus: 404 } } },
    });
    // Learned by probes: a trailing slash, a PUT with no body, the Allow of a refused method, an unknown path.
    expect(defaults).toMatchObject({
      paths: { trailingSlash: 'tolerant' },
      requests: { missingBody: 'empty-object' },
      errors: { byKind: { 'method-not-allowed': { status: 404, allow: false }, 'unknown-path': { status: 404 } } },
    });
    expect(strict).toMatchObject({
      paths: { trailingSlash: 'strict' },
      requests: { missingBody: 'refuse' },
      errors: { byKind: { 'method-not-allowed': { status: 405, allow: true, allowHead: false, allowOrder: 'sorted' } } },
    });
    for (const dialect of [defaults, strict]) {
      expect(dialect.provenance['/items/group/fields']).toBe('observed');
      expect(dialect.provenance['/paths/trailingSlash']).toMatchObject({ status: 'observed' });
      expect(dialect.provenance['/ids/space']).toMatchObject({ status: 'not-tried' });
    }
  }, 120_000); // two whole kit runs, on a shared machine
});
