import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DIALECT } from '../package-paths.js';
import { defaultDialect } from './default-dialect.js';
import { loadDialect } from './load-dialect.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remotix-dialect-'));
});
afterAll(() => rm(dir, { recursive: true }));

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('loadDialect', () => {
  it('takes dialect/default.json as the default itself, so its prebuilt validators serve', async () => {
    expect(await loadDialect(DEFAULT_DIALECT)).toBe(defaultDialect());
    expect(await loadDialect({ version: 1, about: { name: 'mine' }, provenance: { '/answers': 'not-tried' } })).toBe(defaultDialect());
  });

  it('merges what a file gives over the default, key by key', async () => {
    const dialect = await loadDialect({
      version: 1,
      items: { group: { fields: { name: 'title' } } },
      errors: { byKind: { conflict: { status: 423 } } },
    });
    expect(dialect.items.group.fields).toEqual({ id: 'group_uid', name: 'title' });
    expect(dialect.errors.byKind.conflict).toEqual({ status: 423 });
    expect(dialect.errors.byKind['not-found']).toEqual({ status: 404 });
    expect(dialect.answers.listGroups).toEqual({ at: ['groups'] });
  });

  it('takes a JSON Pointer where a key path goes, as the contract kit reports where lists sit', async () => {
    const { keyPath } = await import('./dialect.js');
    expect([keyPath(''), keyPath('/data/items'), keyPath('groups'), keyPath(['a', 'b']), keyPath('/a~1b')]).toEqual([
      [],
      ['data', 'items'],
      ['groups'],
      ['a', 'b'],
      ['a/b'],
    ]);
    const dialect = await loadDialect({ version: 1, answers: { listGroups: { at: '' } } });
    expect(dialect.answers.listGroups.at).toBe('');
  });

  it('replaces a body, a generator and a connection type’s settings whole', async () => {
    const dialect = await loadDialect({
      version: 1,
      answers: { renameGroup: { body: { kind: 'none' } } },
      ids: { group: { pattern: '^g[0-9]+$', new: { kind: 'counter', prefix: 'g' } } },
      settings: { types: { VNC: { keys: { depth: { schema: {}, default: 8 } } } } },
    });
    expect(dialect.answers.renameGroup.body).toEqual({ kind: 'none' });
    expect(dialect.ids.group.new).toEqual({ kind: 'counter', prefix: 'g' });
    expect(Object.keys(dialect.settings.types.VNC.keys)).toEqual(['depth']);
    expect(dialect.settings.types.VNC.credentials).toEqual(['username', 'password']);
  });

  it.each([
    ['not JSON', '{"version": 1,', /bad\.json: \(the document\) is not valid JSON/],
    ['no version', '{}', /bad\.json: \/version is required/],
    ['another version', '{"version": 2}', /bad\.json: \/version must be equal to constant/],
    ['an unknown key', '{"version": 1, "lists": {}}', /bad\.json: \/lists is not allowed/],
    [
      'a value outside its choices',
      '{"version": 1, "ids": {"space": "both"}}',
      /bad\.json: \/ids\/space must be one of \["shared","separate"\]/,
    ],
    [
      'ids that do not match their pattern',
      '{"version": 1, "ids": {"group": {"pattern": "^[0-9]+$"}}}',
      /bad\.json: \/ids\/group\/new makes [0-9A-F]{4}-[0-9A-F]{4}, which does not match \/ids\/group\/pattern/,
    ],
    [
      'a pattern that is not one',
      '{"version": 1, "ids": {"computer": {"pattern": "(["}}}',
      /bad\.json: \/ids\/computer\/pattern is not a regular expression/,
    ],
  ])('stops at %s with one line naming the file and the JSON path', async (_, content, message) => {
    const path = await file('bad.json', content);
    const error = await loadDialect(path).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('names a file it cannot read', async () => {
    await expect(loadDialect(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: \(the document\) cannot be read/);
  });
});
