import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findSwaggerUiDir } from '../../src/admin-ui/ui-assets.js';
import { startTestMock, type TestMock } from '../helpers/test-mock.js';

/** The pages and their files over real sockets (Node's fetch); the browser tests beside this one render them. */
describe('the admin pages over HTTP', () => {
  let t: TestMock;
  beforeAll(async () => {
    t = await startTestMock();
  });
  afterAll(() => t.close());

  it.each([
    ['/__admin/', 'remotix-mock dashboard'],
    ['/__admin/docs', 'remotix-mock API docs'],
    ['/__admin/docs?doc=admin', 'remotix-mock API docs'],
  ])('serves %s as HTML that may load and call only its own origin', async (path, title) => {
    const response = await t.call('GET', path);
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('text/html; charset=utf-8');
    expect(response.body).toContain(`<title>${title}</title>`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.body).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('sends /__admin, the prefix without its slash, on to the dashboard', async () => {
    const response = await fetch(`${t.url}/__admin`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/__admin/');
    expect((await t.call('GET', '/__adminx')).status).toBe(404);
  });

  it('serves the pages’ files with their types, Swagger UI’s byte for byte from swagger-ui-dist', async () => {
    const bundle = await t.call('GET', '/__admin/ui/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.contentType).toBe('text/javascript; charset=utf-8');
    expect(bundle.body).toBe(await readFile(join(findSwaggerUiDir(), 'swagger-ui-bundle.js'), 'utf8'));
    expect((await t.call('GET', '/__admin/ui/dashboard.css')).contentType).toBe('text/css; charset=utf-8');
    const icon = await fetch(`${t.url}/__admin/ui/favicon-32x32.png`);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await icon.arrayBuffer())).toEqual(await readFile(join(findSwaggerUiDir(), 'favicon-32x32.png')));
  });

  it.each([
    ['/__admin/ui/index.html', 404],
    ['/__admin/ui/package.json', 404],
    ['/__admin/ui/..%2Fpackage.json', 400],
    ['/__admin/ui/..%2F..%2Fpackage.json', 400],
    ['/__admin/ui/.env', 400],
    ['/__admin/docs/package.json', 400],
    ['/__admin/docs?doc=nothing', 400],
  ])('answers %s with %i and a problem, never another file', async (path, status) => {
    const response = await t.call('GET', path);
    expect(response.status).toBe(status);
    expect(response.contentType).toBe('application/problem+json');
  });

  it('serves both documents in OpenAPI 3.2, so ACTION shows, with this mock as the first server', async () => {
    const remotix = await t.call('GET', '/__admin/docs/remotix.yaml');
    expect(remotix.contentType).toBe('application/yaml; charset=utf-8');
    const api = parse(remotix.body);
    expect(api).toMatchObject({ openapi: '3.2.0', info: { title: 'Remotix HTTP API' }, servers: [{ url: '/' }, {}] });
    expect(api.paths['/connection/{uid}/connect'].additionalOperations.ACTION.operationId).toBe('connectConnection');
    const admin = parse((await t.call('GET', '/__admin/docs/admin.yaml')).body);
    expect(admin).toMatchObject({ openapi: '3.2.0', info: { title: 'remotix-mock admin API' } });
  });

  it('leaves the request journal alone: these are admin requests', async () => {
    await t.reset();
    for (const path of ['/__admin/', '/__admin/docs', '/__admin/ui/dashboard.js', '/__admin/docs/admin.yaml']) await t.call('GET', path);
    expect(t.mock.requests()).toEqual([]);
  });
});

describe('the admin pages and the security options', () => {
  it('are off with --no-admin', async () => {
    const t = await startTestMock({ admin: false });
    try {
      for (const path of ['/__admin/', '/__admin/docs', '/__admin/docs/remotix.yaml', '/__admin/ui/dashboard.js'])
        expect((await t.call('GET', path)).status, path).toBe(404);
      expect((await t.call('GET', '/__admin/health')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('load without the admin token, which still guards the admin API they call', async () => {
    const t = await startTestMock({ adminToken: 'pages-admin-token-42' });
    try {
      for (const path of ['/__admin/', '/__admin/docs', '/__admin/ui/dashboard.js', '/__admin/docs/admin.yaml']) {
        expect((await t.call('GET', path)).status, path).toBe(200);
      }
      expect((await t.call('GET', '/__admin/state')).status).toBe(401);
      expect((await t.call('GET', '/__admin/actions')).status).toBe(401);
    } finally {
      await t.close();
    }
  });
});
