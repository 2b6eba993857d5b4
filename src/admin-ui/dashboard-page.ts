/**
 * The dashboard at `/__admin/`: plain HTML, one stylesheet and one module script (with its views), all
 * served by the mock from `/__admin/ui/`. URLs are relative, so the page also works behind a path prefix.
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>remotix-mock dashboard</title>
<link rel="icon" href="ui/favicon-32x32.png">
<link rel="stylesheet" href="ui/dashboard.css">
<script type="module" src="ui/dashboard.js"></script>
</head>
<body>
<header>
  <h1>remotix-mock</h1>
  <label>Mock session <select id="session-picker" title="X-Mock-Session: every call of this page is made in this session"></select></label>
  <button type="button" id="reset-state" title="POST /__admin/reset: back to the fixtures, journals cleared, remote sessions ended">Reset state</button>
  <button type="button" id="clear-actions" title="DELETE /__admin/actions">Clear action journal</button>
  <button type="button" id="clear-requests" title="DELETE /__admin/requests">Clear request journal</button>
  <a href="docs">API docs</a>
  <span id="status" role="status">connecting…</span>
</header>
<form id="token-form" hidden>
  <label>Admin token <input id="admin-token" type="password" autocomplete="off" required></label>
  <button type="submit">Use token</button>
  <span>This mock runs with <code>--admin-token</code>: the page sends it as <code>Authorization: Bearer</code> and keeps it for this tab only.</span>
</form>
<main>
  <section id="groups-panel">
    <h2>Groups <small id="groups-count"></small></h2>
    <div id="groups"><p class="empty">Loading…</p></div>
  </section>
  <section id="remote-sessions-panel">
    <h2>Remote sessions <small id="remote-sessions-count"></small></h2>
    <button type="button" id="end-all-remote-sessions" title="DELETE /__admin/sessions">End all</button>
    <table id="remote-sessions">
      <thead><tr><th>#</th><th>kind</th><th>target</th><th>started (UTC)</th><th></th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <section id="actions-panel">
    <h2>Action journal <small id="actions-count"></small></h2>
    <table id="actions">
      <thead><tr><th>#</th><th>time (UTC)</th><th>action</th><th>target</th><th>path</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <section id="requests-panel">
    <h2>Request journal <small id="requests-count"></small></h2>
    <table id="requests">
      <thead><tr><th>#</th><th>time (UTC)</th><th>method</th><th>path</th><th>status</th><th>ms</th><th>fault</th><th title="with --proxy: where the real Remotix and the document part ways">deviations</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
</main>
</body>
</html>
`;
