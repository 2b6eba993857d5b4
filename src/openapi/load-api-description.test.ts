import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_DOCUMENT } from '../package-paths.js';
import { loadApiDescription } from './load-api-description.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remotix-openapi-'));
});
afterAll(() => rm(dir, { recursive: true }));

async function variant(name: string, edit: (text: string) => string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, edit(await readFile(API_DOCUMENT, 'utf8')));
  return file;
}

describe('loadApiDescription', () => {
  it('lists the 24 operations of the reference, the three ACTION ones included', async () => {
    const api = await loadApiDescription(API_DOCUMENT);
    expect(api.operations).toHaveLength(24);
    expect(api.extensionMethods).toEqual(['ACTION']);
    expect(api.operations.filter((op) => op.method === 'ACTION').map((op) => op.operationId)).toEqual([
      'connectConnection',
      'chatWithComputer',
      'runComputerAction',
    ]);
    expect(api.operations.find((op) => op.operationId === 'runComputerAction')!.parameters.map((p) => p.name)).toEqual([
      'computer_id',
      'connection',
      'action',
    ]);
  });

  it('validates the operations under x-oai-additionalOperations too', async () => {
    const file = await variant('broken-action.yaml', (text) =>
      text.replace('operationId: connectConnection\n', 'operationId: connectConnection\n        responses: 7\n'),
    );
    await expect(loadApiDescription(file)).rejects.toThrow(/responses/);
  });

  it('refuses an operationId used twice', async () => {
    const file = await variant('twice.yaml', (text) => text.replace('operationId: chatWithComputer', 'operationId: connectConnection'));
    await expect(loadApiDescription(file)).rejects.toThrow(
      'operationId connectConnection is used by ACTION /connection/{uid}/connect and ACTION /computer/{computer_id}/chat',
    );
  });
});
