import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADMIN_DOCUMENT, API_DOCUMENT } from '../package-paths.js';
import { readDocsView, toDocsView } from './docs-view.js';

const written = async (file: string) => parse(await readFile(file, 'utf8')) as Record<string, any>;

describe('toDocsView', () => {
  it('spells the ACTION operations the OpenAPI 3.2 way, and leaves every path otherwise as written', async () => {
    const source = await written(API_DOCUMENT);
    const view = toDocsView(source, 'remotix.yaml');
    expect(view.openapi).toBe('3.2.0');
    const actions = Object.entries<any>(view.paths).filter(([, item]) => item.additionalOperations);
    expect(actions.map(([path, item]) => [path, item.additionalOperations.ACTION.operationId])).toEqual([
      ['/connection/{uid}/connect', 'connectConnection'],
      ['/computer/{computer_id}/chat', 'chatWithComputer'],
      ['/computer/{computer_id}/{connection}/{action}', 'runComputerAction'],
    ]);
    expect(JSON.stringify(view.paths)).not.toContain('x-oai-additionalOperations');
    for (const [path, item] of actions) {
      const { additionalOperations, ...rest } = item;
      const { 'x-oai-additionalOperations': original, ...sourceRest } = source.paths[path];
      expect(additionalOperations).toEqual(original);
      expect(rest).toEqual(sourceRest);
    }
    expect(Object.keys(view.paths)).toEqual(Object.keys(source.paths));
  });

  it('puts this mock first among the servers and offers an optional bearer token', async () => {
    const source = await written(ADMIN_DOCUMENT);
    const view = toDocsView(source, 'admin.yaml');
    expect(view.servers).toEqual([{ url: '/', description: expect.any(String) }, ...source.servers]);
    expect(view.components.securitySchemes.adminToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(view.security).toEqual([{}, { adminToken: [] }]);
    expect(view.components.schemas).toEqual(source.components.schemas);
  });

  it('does not change the document it is given', async () => {
    const source = await written(API_DOCUMENT);
    const copy = structuredClone(source);
    toDocsView(source, 'remotix.yaml');
    expect(source).toEqual(copy);
  });
});

describe('readDocsView', () => {
  it('gives YAML that parses back to the view, the admin document still referring to its sibling', async () => {
    const text = await readDocsView('admin.yaml');
    expect(parse(text)).toEqual(toDocsView(await written(ADMIN_DOCUMENT), 'admin.yaml'));
    expect(text).toContain('$ref: ./remotix.yaml#/components/schemas/');
    expect(await readDocsView('admin.yaml')).toBe(text);
  });
});
