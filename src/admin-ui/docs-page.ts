/**
 * The API docs at `/__admin/docs`: Swagger UI, from the swagger-ui-dist package, showing both documents
 * (a picker in its top bar). Every file is served by the mock under `/__admin/ui/`: no CDN.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>remotix-mock API docs</title>
<link rel="icon" href="ui/favicon-32x32.png">
<link rel="stylesheet" href="ui/swagger-ui.css">
<link rel="stylesheet" href="ui/docs.css">
</head>
<body>
<aside class="docs-note">
  <a href="./">← Dashboard</a>
  <p><strong>ACTION</strong> is Remotix's own HTTP method: it starts sessions (connect, chat, control, …).
  The documents, written in OpenAPI 3.1, describe it under the path-item extension <code>x-oai-additionalOperations</code>;
  this page shows them in the OpenAPI 3.2 spelling (<code>additionalOperations</code>), so each ACTION operation appears with its own method,
  and <em>Try it out</em> sends a real <code>ACTION</code> request. That works here because the page is served by the mock itself (same origin, no CORS);
  a page on another origin needs the mock started with <code>--cors &lt;origin&gt;</code>. With <code>--token</code> or <code>--admin-token</code>, use <em>Authorize</em>.</p>
</aside>
<div id="swagger-ui"></div>
<script src="ui/swagger-ui-bundle.js"></script>
<script src="ui/swagger-ui-standalone-preset.js"></script>
<script src="ui/docs.js"></script>
</body>
</html>
`;

/** Starts Swagger UI with both documents; `?doc=admin` opens the admin API first. */
export const DOCS_JS = `(function () {
  var documents = [
    { url: 'docs/remotix.yaml', name: 'Remotix HTTP API' },
    { url: 'docs/admin.yaml', name: 'remotix-mock admin API' },
  ];
  var first = new URLSearchParams(window.location.search).get('doc') === 'admin' ? documents[1] : documents[0];
  window.ui = SwaggerUIBundle({
    urls: documents,
    'urls.primaryName': first.name,
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    validatorUrl: null,
    supportedSubmitMethods: ['get', 'put', 'post', 'delete', 'ACTION'],
    displayOperationId: true,
    showExtensions: false,
  });
})();
`;

export const DOCS_CSS = `.docs-note { max-width: 1460px; margin: 0 auto; padding: 10px 20px; font: 14px/1.45 sans-serif; color: #3b4151; }
.docs-note p { margin: 6px 0 0; }
.docs-note code { background: #eef0f3; padding: 0 3px; border-radius: 3px; }
`;
