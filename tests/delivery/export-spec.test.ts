import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXTENSION_KEY, OPENAPI_32_KEY } from '../../openapi-reader/additional-operations.js';
import { toOpenApi32 } from '../../openapi-reader/to-openapi-32.js';
import { ADMIN_DOCUMENT, API_DOCUMENT } from '../../src/package-paths.js';
import { run } from '../helpers/run.js';

const EXPORT_SCRIPT = fileURLToPath(new URL('../../scripts/export-spec.ts', import.meta.url));
type Json = Record<string, any>;

/** The lines of `after` that differ from `before` (both have the same number of lines). */
function changedLines(before: string, after: string): Array<[string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]!] as [string, string]]));
}

describe('toOpenApi32', () => {
  it('renames x-oai-additionalOperations to additionalOperations and sets openapi 3.2.0, and changes nothing else', async () => {
    const source = await readFile(API_DOCUMENT, 'utf8');
    const exported = toOpenApi32(source);
    expect(changedLines(source, exported)).toEqual([
      ['openapi: 3.1.0', 'openapi: 3.2.0'],
      ...Array(3).fill([`    ${EXTENSION_KEY}:`, `    ${OPENAPI_32_KEY}:`]),
    ]);
    const before = parse(source) as Json;
    const after = parse(exported) as Json;
    for (const [path, item] of Object.entries<Json>(before.paths)) {
      if (!item[EXTENSION_KEY]) continue;
      item[OPENAPI_32_KEY] = item[EXTENSION_KEY];
      delete item[EXTENSION_KEY];
      expect(Object.keys(after.paths[path])).toEqual(Object.keys(item));
    }
    expect(after).toEqual({ ...before, openapi: '3.2.0' });
  });

  it('points $refs at the renamed sibling file when asked', async () => {
    const source = await readFile(ADMIN_DOCUMENT, 'utf8');
    const exported = toOpenApi32(source, { renameRefFiles: { './remotix.yaml': './remotix-3.2.yaml' } });
    const changes = changedLines(source, exported);
    expect(changes[0]).toEqual(['openapi: 3.1.0', 'openapi: 3.2.0']);
    expect(changes.length).toBeGreaterThan(10);
    for (const [before, after] of changes.slice(1)) expect(after).toBe(before.replaceAll('./remotix.yaml#', './remotix-3.2.yaml#'));
    expect(exported).not.toContain('./remotix.yaml');
  });

  it('refuses a document that is not OpenAPI 3.1', () => {
    expect(() => toOpenApi32('openapi: 3.0.3\npaths: {}\n')).toThrow(/OpenAPI 3\.1/);
  });
});

describe('npm run spec:export', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('writes remotix-3.2.yaml and admin-3.2.yaml, whose $refs resolve to each other', async () => {
    const out = await mkdtemp(join(tmpdir(), 'remotix-export-'));
    dirs.push(out);
    const { code, stdout, stderr } = await run(process.execPath, ['--import', 'tsx', EXPORT_SCRIPT, '--out', out], { timeout: 30_000 });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('remotix-3.2.yaml');
    const api = parse(await readFile(join(out, 'remotix-3.2.yaml'), 'utf8')) as Json;
    const admin = await readFile(join(out, 'admin-3.2.yaml'), 'utf8');
    expect(api.openapi).toBe('3.2.0');
    expect(api.paths['/connection/{uid}/connect'][OPENAPI_32_KEY].ACTION.operationId).toBe('connectConnection');
    const refFiles = new Set([...admin.matchAll(/\$ref: '([^'#]+)#/g)].map((m) => m[1]));
    expect([...refFiles]).toEqual(['./remotix-3.2.yaml']);
  });
});
