import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../differential/presets.js';
import { run } from '../helpers/run.js';
import { BIN, type RunningBin, spawnBin } from '../helpers/spawn-bin.js';

const bare = PRESETS.find((preset) => preset.name === 'bare')!;
const running: RunningBin[] = [];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remotix-dialect-cli-'));
});
afterEach(() => {
  for (const bin of running.splice(0)) bin.child.kill('SIGKILL');
});
afterAll(() => rm(dir, { recursive: true }));

const start = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const bin = await spawnBin(args, env);
  running.push(bin);
  return bin;
};

describe('remotix-mock --dialect', () => {
  it('answers in the dialect, with the fixture’s ids as given, and says which dialect it serves', async () => {
    const bin = await start(['--dialect', bare.dialect, '--fixtures', bare.fixture]);
    expect(bin.output()).toContain(`dialect: ${bare.dialect}`);
    const response = await fetch(`${bin.url}/groups`);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual([
      { uid: '101', name: 'Studio Racks' },
      { uid: '102', name: 'Branch Office Lyon' },
      { uid: '103', name: 'Home Lab' },
      { uid: '104', name: 'Archive (empty)' },
    ]);
    const missing = await fetch(`${bin.url}/group/999`);
    expect([missing.status, await missing.text()]).toEqual([404, '']);
  });

  it('takes the dialect from REMOTIX_MOCK_DIALECT too, and shows the document it implies at /__admin/docs', async () => {
    const bin = await start(['--fixtures', bare.fixture], { REMOTIX_MOCK_DIALECT: bare.dialect });
    expect(Array.isArray(await (await fetch(`${bin.url}/groups`)).json())).toBe(true);
    const docs = await (await fetch(`${bin.url}/__admin/docs/remotix.yaml`)).text();
    expect(docs).toContain('openapi: 3.2.0');
    expect(docs).toContain('x-remotix-dialect: independent Python Remotix, preset bare');
  });

  it('stops at a bad dialect with one line naming the file and the JSON path', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ version: 1, groups: { deleteNonEmpty: 'sometimes' } }));
    const result = await run(process.execPath, [BIN, '--dialect', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`remotix-mock: ${file}: /groups/deleteNonEmpty must be one of ["refuse","cascade","move"]\n`);
  });

  it('checks the fixtures against the dialect’s id shapes', async () => {
    const result = await run(process.execPath, [BIN, '--dialect', bare.dialect]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/default\.json: \/groups\/0\/group_uid must match pattern "\^\[0-9\]\+\$" \(and \d+ more\)\n$/);
  });
});
