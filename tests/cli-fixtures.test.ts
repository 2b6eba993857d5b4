import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FIXTURES } from '../src/package-paths.js';
import { BIN } from './helpers/spawn-bin.js';
import { type RunningCommand, spawnCommand } from './helpers/spawn-command.js';

const running: RunningCommand[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const command of running.splice(0)) command.killGroup();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Starts the bin in a folder of its own (not the repo), and reads its start-up line. */
async function startIn(args: string[], files: Record<string, unknown> = {}): Promise<{ url: string; fixtures: string }> {
  const cwd = await mkdtemp(join(tmpdir(), 'remotix-cwd-'));
  dirs.push(cwd);
  for (const [name, content] of Object.entries(files)) await writeFile(join(cwd, name), JSON.stringify(content));
  const command = spawnCommand(process.execPath, [BIN, '--port', '0', ...args], { cwd });
  running.push(command);
  const [, url, fixtures] = await command.waitFor(/listening on (http:\/\/\S+) \(fixtures: (.*)\)/);
  return { url: url!, fixtures: fixtures! };
}
const groupNames = async (url: string) =>
  ((await (await fetch(`${url}/groups`)).json()) as { groups: { name: string }[] }).groups.map((g) => g.name);

describe('--fixtures from a folder that is not the repo', () => {
  it('takes a path relative to that folder, and says which file it loaded', async () => {
    const only = { groups: [{ group_uid: 'AAAA-0000', name: 'Only' }], connections: [], computers: [], nearby: [] };
    const { url, fixtures } = await startIn(['--fixtures', 'mine.json'], { 'mine.json': only });
    expect(fixtures).toMatch(/\/remotix-cwd-[^/]+\/mine\.json$/);
    expect(await groupNames(url)).toEqual(['Only']);
  });

  it.each([[['--fixtures', 'default']], [['--fixtures', 'fixtures/default.json']], [[]]])(
    '%j serves the packaged default dataset',
    async (args) => {
      const { url, fixtures } = await startIn(args);
      expect(fixtures).toBe(`${DEFAULT_FIXTURES}, the packaged dataset default`);
      expect(await groupNames(url)).toHaveLength(3);
    },
  );
});
