import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toOpenApi32Document } from '../../openapi-reader/additional-operations.js';
import { PACKAGE_ROOT } from '../package-paths.js';

/** The documents the docs page shows, by the name it fetches them under. */
export const DOCS_DOCUMENTS = ['remotix.yaml', 'admin.yaml'] as const;
export type DocsDocumentName = (typeof DOCS_DOCUMENTS)[number];

const BEARER_SCHEMES: Record<DocsDocumentName, { name: string; description: string }> = {
  'remotix.yaml': { name: 'mockToken', description: 'Only when the mock runs with `--token`: its value, sent as `Authorization: Bearer`.' },
  'admin.yaml': {
    name: 'adminToken',
    description: 'Only when the mock runs with `--admin-token`: its value, sent as `Authorization: Bearer`.',
  },
};

const views = new Map<DocsDocumentName, Promise<string>>();

/**
 * The document as the docs page shows it (Swagger UI, which reads OpenAPI 3.2): `openapi: 3.2.0` with each
 * `x-oai-additionalOperations` renamed `additionalOperations`, so the ACTION operations show, and "Try it
 * out" sends them, as ACTION; `servers` starts with `/`, this mock itself; and an optional bearer scheme
 * for `--token`/`--admin-token`. Built on first request, then kept. The documents as written are in the
 * package (`openapi/`); this view is only for the page.
 */
export function readDocsView(name: DocsDocumentName): Promise<string> {
  let view = views.get(name);
  if (!view) {
    view = buildDocsView(name);
    views.set(name, view);
    view.catch(() => views.delete(name));
  }
  return view;
}

const fittedViews = new WeakMap<object, Promise<string>>();

/** The same view of a document fitted to a dialect (held in memory, dereferenced), built once per document. */
export function readFittedDocsView(document: object): Promise<string> {
  let view = fittedViews.get(document);
  if (!view) {
    // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as loose JSON
    view = import('yaml').then(({ stringify }) => stringify(toDocsView(document as Record<string, any>, 'remotix.yaml'), { lineWidth: 0 }));
    fittedViews.set(document, view);
  }
  return view;
}

async function buildDocsView(name: DocsDocumentName): Promise<string> {
  const { parse, stringify } = await import('yaml');
  // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as loose JSON
  const document = parse(await readFile(join(PACKAGE_ROOT, 'openapi', name), 'utf8')) as Record<string, any>;
  return stringify(toDocsView(document, name), { lineWidth: 0 });
}

/** The transformation itself, on a parsed document (which it does not change). */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as loose JSON
export function toDocsView(source: Record<string, any>, name: DocsDocumentName): Record<string, any> {
  const document = toOpenApi32Document(source);
  document.servers = [{ url: '/', description: 'this mock (the page’s own origin)' }, ...(document.servers ?? [])];
  const { name: scheme, description } = BEARER_SCHEMES[name];
  document.components ??= {};
  document.components.securitySchemes = {
    ...document.components.securitySchemes,
    [scheme]: { type: 'http', scheme: 'bearer', description },
  };
  document.security ??= [{}, { [scheme]: [] }];
  return document;
}
