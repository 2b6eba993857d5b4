import { DASHBOARD_HTML } from '../../admin-ui/dashboard-page.js';
import { DOCS_HTML } from '../../admin-ui/docs-page.js';
import { type DocsDocumentName, readDocsView, readFittedDocsView } from '../../admin-ui/docs-view.js';
import { readUiAsset } from '../../admin-ui/ui-assets.js';
import { DomainError } from '../../store/domain-error.js';
import type { Handlers } from './handlers.js';

/**
 * The pages under /__admin (the dashboard and the API docs) and the files they load. They hold no state:
 * the pages read it from the admin API, as any client would. Bound like every admin operation, so
 * `--no-admin` turns them off and `--admin-token` guards them.
 */
export const adminUiHandlers: Handlers = {
  redirectToDashboard: () => new Response(null, { status: 308, headers: { location: '/__admin/' } }),
  getDashboard: () => pageResponse(DASHBOARD_HTML),
  getDocsPage: () => pageResponse(DOCS_HTML),
  getDocsDocument: async ({ params, state }) => {
    const fitted = params.document === 'remotix.yaml' ? state.mock.descriptions.fittedDocument : undefined;
    const body = await (fitted ? readFittedDocsView(fitted) : readDocsView(params.document as DocsDocumentName));
    return new Response(body, {
      headers: { ...COMMON_HEADERS, 'content-type': 'application/yaml; charset=utf-8', 'cache-control': 'no-cache' },
    });
  },
  getUiAsset: async ({ params }) => {
    const asset = await readUiAsset(params.asset!);
    if (!asset) throw new DomainError('not-found', 'the admin pages have no file of this name');
    return new Response(asset.body, {
      headers: { ...COMMON_HEADERS, 'content-type': asset.contentType, 'cache-control': asset.cacheControl },
    });
  },
};

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff' };

/**
 * Pages may load and call only this origin (`connect-src 'self'`): the browser itself refuses anything
 * else. Swagger UI sets inline styles, hence `'unsafe-inline'` for styles (never for scripts).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function pageResponse(html: string): Response {
  return new Response(html, {
    headers: {
      ...COMMON_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'referrer-policy': 'no-referrer',
    },
  });
}
