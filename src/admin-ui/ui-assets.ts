import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../package-paths.js';
import { DASHBOARD_JS } from './dashboard-script.js';
import { DASHBOARD_CSS } from './dashboard-style.js';
import { DASHBOARD_VIEWS_JS } from './dashboard-views.js';
import { DOCS_CSS, DOCS_JS } from './docs-page.js';

/** A file the dashboard or the docs page loads from `/__admin/ui/{name}`. */
export interface UiAsset {
  body: string | Uint8Array;
  contentType: string;
  cacheControl: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Ours: strings compiled into the package (tsc ships them in dist/ with the code; nothing to copy). */
const OWN: Record<string, { body: string; contentType: string }> = {
  'dashboard.js': { body: DASHBOARD_JS, contentType: JS },
  'dashboard-views.js': { body: DASHBOARD_VIEWS_JS, contentType: JS },
  'dashboard.css': { body: DASHBOARD_CSS, contentType: CSS },
  'docs.js': { body: DOCS_JS, contentType: JS },
  'docs.css': { body: DOCS_CSS, contentType: CSS },
};

/** Swagger UI's, copied by the build from the swagger-ui-dist package (a dev dependency): no CDN. */
const SWAGGER_UI: Record<string, string> = {
  'swagger-ui-bundle.js': JS,
  'swagger-ui-standalone-preset.js': JS,
  'swagger-ui.css': CSS,
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/** The names `readUiAsset` knows, for tests and for the document's description. */
export const UI_ASSET_NAMES: readonly string[] = [...Object.keys(OWN), ...Object.keys(SWAGGER_UI)];
/** The Swagger UI files the build copies into the package. */
export const SWAGGER_UI_FILES: readonly string[] = Object.keys(SWAGGER_UI);
/** Where the build puts them: the package ships this folder. */
export const BUILT_SWAGGER_UI_DIR = join(PACKAGE_ROOT, 'dist', 'swagger-ui');

let swaggerUiDir: string | undefined;

/**
 * The folder of Swagger UI's files: the package's own copy, made by the build; before any build (unit tests
 * run from the sources), the dev dependency swagger-ui-dist itself.
 */
export function findSwaggerUiDir(): string {
  swaggerUiDir ??= existsSync(BUILT_SWAGGER_UI_DIR)
    ? BUILT_SWAGGER_UI_DIR
    : dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  return swaggerUiDir;
}

/**
 * The asset named, or undefined when there is none by that name: only the names above are ever read, so
 * no request can reach another file. Swagger UI's files are read from disk on each request (the OS
 * caches them) rather than held in memory; ours are already in memory.
 */
export async function readUiAsset(name: string): Promise<UiAsset | undefined> {
  const own = Object.hasOwn(OWN, name) ? OWN[name] : undefined;
  if (own) return { ...own, cacheControl: 'no-cache' };
  const contentType = Object.hasOwn(SWAGGER_UI, name) ? SWAGGER_UI[name] : undefined;
  if (!contentType) return undefined;
  const body = await readFile(join(findSwaggerUiDir(), name));
  return {
    body: contentType === JS || contentType === CSS ? body.toString('utf8') : new Uint8Array(body),
    contentType,
    cacheControl: 'public, max-age=3600',
  };
}
