import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/run.js';
import { startTestMock } from './helpers/test-mock.js';

const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../scripts/generate-fixtures.ts', import.meta.url));
const generate = (args: string[]) => run(TSX, [SCRIPT, ...args]);

/** `npm run fixtures:generate`: the scale fixtures, which the mock must load and serve. */
describe('the fixture generator', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'remotix-generated-'));
  });
  afterAll(() => rm(dir, { recursive: true }));

  it('writes a fixture the mock loads, with the items spread over the groups', async () => {
    const out = join(dir, 'small.json');
    const result = await generate(['--connections', '10', '--groups', '3', '--computers', '2', '--out', out]);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('3 groups, 10 connections, 3 computers') });
    const fixture = JSON.parse(await readFile(out, 'utf8'));
    expect(fixture.groups).toHaveLength(3);
    expect(fixture.connections).toHaveLength(10);

    const t = await startTestMock({ fixtures: out });
    try {
      const groups = (await t.call('GET', '/groups')).body as { groups: Array<{ group_uid: string }> };
      const sizes = await Promise.all(
        groups.groups.map(async ({ group_uid }) => {
          const group = (await t.call('GET', `/group/${group_uid}`)).body as { connections: unknown[] };
          return group.connections.length;
        }),
      );
      expect(sizes).toEqual([4, 3, 3]);
      expect((await t.call('GET', '/computer/123456')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('prints its usage on --help, and refuses what it does not know with exit code 2', async () => {
    const help = await generate(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('--connections <n>') });
    const unknown = await generate(['--bogus']);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    const noGroups = await generate(['--groups', '0', '--out', join(dir, 'never.json')]);
    expect(noGroups).toMatchObject({ code: 2, stderr: expect.stringContaining('1 ≤ groups ≤ 65535') });
  });
});
