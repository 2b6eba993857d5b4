import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADMIN_DOCUMENT } from '../package-paths.js';
import { DASHBOARD_HTML } from './dashboard-page.js';
import { DOCS_HTML } from './docs-page.js';
import { findSwaggerUiDir, readUiAsset, UI_ASSET_NAMES } from './ui-assets.js';

/** Syntax errors of a browser script, as TypeScript's parser reports them (it reads plain JavaScript too). */
function syntaxErrors(code: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, {
    fileName: 'asset.js',
    reportDiagnostics: true,
    compilerOptions: { allowJs: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const text = async (name: string) => String((await readUiAsset(name))!.body);

describe('readUiAsset', () => {
  it('has every file the pages and their scripts refer to', async () => {
    const linked = [...`${DASHBOARD_HTML}${DOCS_HTML}`.matchAll(/(?:src|href)="ui\/([^"]+)"/g)].map((m) => m[1]!);
    const imported = [...(await text('dashboard.js')).matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(5);
    expect([...linked, ...imported].filter((name) => !UI_ASSET_NAMES.includes(name))).toEqual([]);
  });

  it('gives scripts that parse, so a typo in one fails here rather than in a browser', async () => {
    expect(syntaxErrors('const = 1;')).not.toEqual([]);
    for (const name of ['dashboard.js', 'dashboard-views.js', 'docs.js']) expect(syntaxErrors(await text(name)), name).toEqual([]);
  });

  it('serves Swagger UI’s own files from swagger-ui-dist, unchanged', async () => {
    const onDisk = await readFile(join(findSwaggerUiDir(), 'swagger-ui-bundle.js'), 'utf8');
    expect(await readUiAsset('swagger-ui-bundle.js')).toMatchObject({ body: onDisk, contentType: 'text/javascript; charset=utf-8' });
    expect((await readUiAsset('favicon-32x32.png'))?.contentType).toBe('image/png');
  });

  it('knows no other file, even one that swagger-ui-dist has', async () => {
    for (const name of ['index.html', 'package.json', 'swagger-initializer.js', 'constructor', '__proto__'])
      expect(await readUiAsset(name), name).toBeUndefined();
  });

  it('has only names that the admin document’s asset pattern admits', async () => {
    const document = parse(await readFile(ADMIN_DOCUMENT, 'utf8'));
    const parameter = document.paths['/__admin/ui/{asset}'].parameters[0];
    const pattern = new RegExp(parameter.schema.pattern);
    expect(UI_ASSET_NAMES.filter((name) => !pattern.test(name) || name.length > parameter.schema.maxLength)).toEqual([]);
    expect(['../package.json', '..', '.env', 'a/b.js', 'a..js', 'A.js'].filter((name) => pattern.test(name))).toEqual([]);
  });
});
