import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDescriptions, type Descriptions, loadDescriptions } from '../src/load-descriptions.js';
import { ADMIN_DOCUMENT, API_DOCUMENT } from '../src/package-paths.js';

let prebuilt: Descriptions;
let compiled: Descriptions;
let dir: string;
beforeAll(async () => {
  [prebuilt, compiled] = await Promise.all([loadDescriptions(), compileDescriptions()]);
  dir = await mkdtemp(join(tmpdir(), 'remotix-descriptions-'));
});
afterAll(() => rm(dir, { recursive: true }));

const samples: Array<[string, Record<string, unknown>, Record<string, unknown>, unknown]> = [
  ['getGroup', { group_uid: '0123-CDEF' }, {}, undefined],
  ['getGroup', { group_uid: 'bad' }, { page: ['2'] }, undefined],
  ['createConnection', {}, {}, { name: '', category_uid: 'x', extra: 1 }],
  ['updateComputerConnection', { computer_id: '123456', connection: 'RDP_3390' }, {}, { color_depth: 8, view_only: true, domain: null }],
  ['updateComputerConnection', { computer_id: '123456', connection: 'NEAR' }, {}, { quality: 'high' }],
  ['setConnectionCredentials', { uid: '1000-0001' }, {}, { 'rdp.password': 5 }],
  ['runComputerAction', { computer_id: '1', connection: 'VNC_99999', action: 'x' }, {}, {}],
  ['listActions', {}, { since: ['3'], action: ['connect'] }, undefined],
  ['listActions', {}, { since: ['soon'] }, undefined],
  ['setFaults', {}, {}, { rules: [{ path: '/x', status: 200 }], profile: { name: 'asleep' } }],
  ['endRemoteSession', { id: '7' }, {}, undefined],
];

describe('loadDescriptions', () => {
  it('loads what npm run build compiled from these very documents', () => {
    expect(prebuilt.source).toBe('prebuilt');
    expect(compiled.source).toBe('compiled');
  });

  it('gives the same operations, defaults and validation results either way', () => {
    expect(prebuilt.api).toEqual(compiled.api);
    expect(prebuilt.admin).toEqual(compiled.admin);
    expect(prebuilt.settingsDefaults).toEqual(compiled.settingsDefaults);
    for (const [operationId, path, query, body] of samples) {
      const run = (d: Descriptions) => {
        const parts = { path: structuredClone(path), query: structuredClone(query), body };
        return { errors: d.validators.get(operationId)!(parts), coerced: parts };
      };
      expect(run(prebuilt), operationId).toEqual(run(compiled));
    }
  });

  it('compiles again when a document differs from the one built', async () => {
    const changed = join(dir, 'remotix.yaml');
    await writeFile(changed, (await readFile(API_DOCUMENT, 'utf8')).replace('title: Remotix HTTP API', 'title: Remotix HTTP API (edited)'));
    expect((await loadDescriptions(changed, ADMIN_DOCUMENT)).source).toBe('compiled');
    const same = join(dir, 'same.yaml');
    await writeFile(same, await readFile(API_DOCUMENT));
    expect((await loadDescriptions(same, ADMIN_DOCUMENT)).source).toBe('prebuilt');
  });
});
