import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exposeAdditionalOperations } from '../../openapi-reader/additional-operations.js';
import { listOperations } from '../../openapi-reader/list-operations.js';
import { renderApiModule } from '../../scripts/lib/render-api-module.js';

const tiny = {
  openapi: '3.1.0',
  info: { title: 'tiny', version: '1' },
  paths: {
    '/things': {
      parameters: [{ $ref: '#/components/parameters/Since' }],
      get: {
        operationId: 'listThings',
        parameters: [{ name: 'tag', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } },
        },
      },
    },
    '/thing/{id}/start': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      'x-oai-additionalOperations': {
        ACTION: { operationId: 'startThing', responses: { '200': { description: 'started' }, '409': { description: 'busy' } } },
      },
    },
  },
  components: { parameters: { Since: { name: 'since', in: 'query', schema: { type: 'integer' } } } },
};

describe('the types generator', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('lists fixed and additional operations with their methods and query parameters, references followed', () => {
    const listed = listOperations(tiny).map(({ operationId, method, path, parameters, additional }) => {
      const query = parameters.filter((p) => p.in === 'query').map((p) => p.name);
      return { operationId, method, path, query, additional };
    });
    expect(listed).toEqual([
      { operationId: 'listThings', method: 'GET', path: '/things', query: ['since', 'tag'], additional: false },
      { operationId: 'startThing', method: 'ACTION', path: '/thing/{id}/start', query: [], additional: true },
    ]);
  });

  it('exposes each additional operation as post on a synthetic path, leaving the real paths alone', () => {
    const exposed = exposeAdditionalOperations(tiny, (path, method) => `${path}#${method}`);
    expect(exposed.paths['/thing/{id}/start#ACTION']).toEqual({
      parameters: tiny.paths['/thing/{id}/start'].parameters,
      post: tiny.paths['/thing/{id}/start']['x-oai-additionalOperations'].ACTION,
    });
    expect(exposed.paths['/thing/{id}/start']).toBe(tiny.paths['/thing/{id}/start']);
    expect(Object.keys(tiny.paths)).toHaveLength(2);
  });

  it('gives ACTION operations their operations entry and table row, and keeps synthetic paths out of paths', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'remotix-render-'));
    dirs.push(dir);
    await writeFile(join(dir, 'tiny.yaml'), stringify(tiny));
    const module = await renderApiModule(join(dir, 'tiny.yaml'), dir);
    expect(module).toContain('Generated from tiny.yaml');
    expect(module).toMatch(/export interface operations \{[\s\S]*startThing: \{[\s\S]*path: \{\s*id: string;/);
    expect(module).toMatch(/409: \{/);
    expect(module).not.toContain('#ACTION');
    expect(module).toContain('startThing: { method: "ACTION", path: "/thing/{id}/start" },');
    expect(module).toContain('listThings: { method: "GET", path: "/things", query: ["since", "tag"] },');
  });
});
