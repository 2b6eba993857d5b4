/** The dashboard's stylesheet (served as `/__admin/ui/dashboard.css`): system fonts only, nothing fetched. */
export const DASHBOARD_CSS = `:root {
  color-scheme: light;
  --ink: #1d2430; --muted: #667085; --line: #d9dee7; --panel: #ffffff; --page: #f3f5f8;
  --ok: #12704a; --ok-bg: #e3f5ec; --warn: #9a5b00; --warn-bg: #fff3dc; --bad: #b42318; --bad-bg: #fde8e6;
  --info: #1f4fa8; --info-bg: #e6eefc;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--page); color: var(--ink); }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; padding: 10px 16px; background: #17202e; color: #fff; }
header h1 { font-size: 17px; margin: 0 12px 0 0; }
header a { color: #b9d0ff; }
header select, header button { font: inherit; }
button { cursor: pointer; border: 1px solid var(--line); background: #fff; color: var(--ink); border-radius: 5px; padding: 3px 9px; }
header button { border-color: #3a475c; background: #253247; color: #fff; }
header button:hover { background: #31415c; }
#status { margin-left: auto; font-size: 12px; padding: 2px 8px; border-radius: 10px; background: #2c384c; }
#status.ok { background: #1d5e43; }
#status.error { background: #8e231a; }
#token-form { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 16px; background: var(--warn-bg); border-bottom: 1px solid var(--line); }
main { display: grid; grid-template-columns: minmax(280px, 1fr) minmax(420px, 2fr); gap: 14px; padding: 14px 16px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; min-width: 0; overflow: auto; }
#groups-panel { grid-row: span 2; }
#requests-panel { grid-column: 1 / -1; }
h2 { font-size: 15px; margin: 0 0 8px; display: inline-block; }
h2 small { color: var(--muted); font-weight: normal; }
#end-all-remote-sessions { float: right; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: 4px 6px; }
td { border-bottom: 1px solid #eef1f5; padding: 4px 6px; vertical-align: top; }
tr.empty td, p.empty { color: var(--muted); font-style: italic; }
code { font: 12px/1.3 ui-monospace, "DejaVu Sans Mono", monospace; }
.action { display: inline-block; padding: 0 7px; border-radius: 9px; background: var(--info-bg); color: var(--info); font-weight: 600; }
td.status { font-weight: 700; }
tr.s2xx td.status { color: var(--ok); background: var(--ok-bg); }
tr.s3xx td.status { color: var(--info); background: var(--info-bg); }
tr.s4xx td.status { color: var(--warn); background: var(--warn-bg); }
tr.s5xx td.status, tr.s0 td.status { color: var(--bad); background: var(--bad-bg); }
details.group { border-top: 1px solid #eef1f5; padding: 5px 0; }
details.group summary { cursor: pointer; }
details.group ul { list-style: none; margin: 4px 0 0; padding-left: 18px; }
details.group li { padding: 2px 0; }
.kind { display: inline-block; min-width: 72px; color: var(--muted); font-size: 12px; }
.deviation.documented { color: var(--bad); border-color: var(--bad); }
.tag { display: inline-block; margin-left: 3px; padding: 0 5px; border: 1px solid var(--line); border-radius: 4px; font-size: 11px; color: var(--muted); }
li.live strong::after { content: " ● live"; color: var(--ok); font-size: 11px; font-weight: 600; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } #groups-panel { grid-row: auto; } }
`;
