/**
 * The dashboard's views (served as `/__admin/ui/dashboard-views.js`): each renders one panel from what
 * the admin API answered. Text goes in with `textContent` only, never as HTML: names and paths come from
 * whoever called the mock.
 */
export const DASHBOARD_VIEWS_JS = String.raw`/** An element with attributes and children (strings become text). */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

const clock = (iso) => iso.slice(11, 23);

/** "connection 1000-0001 (Reception)" or "computer 123456 · RDP_3390". */
export function targetText(target, state) {
  if (target.kind === 'connection') {
    const known = state ? state.connections.find((c) => c.uid === target.uid) : undefined;
    return 'connection ' + target.uid + (known ? ' (' + known.name + ')' : '');
  }
  const known = state ? state.computers.find((c) => c.computer_id === target.computer_id) : undefined;
  const name = known ? ' (' + known.name + ')' : '';
  return 'computer ' + target.computer_id + name + (target.connection ? ' · ' + target.connection : '');
}

const liveTargets = (remote) => new Set(remote.map((s) => (s.target.kind === 'connection' ? s.target.uid : s.target.computer_id)));

function connectionItem(connection, live) {
  const protocol = connection.protocol ? el('span', { class: 'tag' }, connection.protocol) : null;
  return el('li', { class: live.has(connection.uid) ? 'connection live' : 'connection', 'data-uid': connection.uid },
    el('span', { class: 'kind' }, 'connection'), ' ', el('strong', null, connection.name), ' ', el('code', null, connection.uid), ' ', protocol);
}

function computerItem(computer, live) {
  const links = Object.keys(computer.connections ?? {}).map((id) => el('span', { class: 'tag' }, id));
  return el('li', { class: live.has(computer.computer_id) ? 'computer live' : 'computer', 'data-computer-id': computer.computer_id },
    el('span', { class: 'kind' }, 'computer'), ' ', el('strong', null, computer.name), ' ', el('code', null, computer.computer_id), ' ', ...links);
}

const closedGroups = new Set();

/** Each group with its connections and computers; items whose group is unknown go under "(no group)". */
export function renderGroups(container, state, remote) {
  const live = liveTargets(remote);
  const groups = new Map(state.groups.map((g) => [g.group_uid, { group: g, items: [] }]));
  const orphans = { group: { group_uid: '', name: '(no group)' }, items: [] };
  for (const c of state.connections) (groups.get(c.category_uid) ?? orphans).items.push(connectionItem(c, live));
  for (const c of state.computers) (groups.get(c.category_uid) ?? orphans).items.push(computerItem(c, live));
  const entries = [...groups.values(), ...(orphans.items.length > 0 ? [orphans] : [])];
  container.replaceChildren(...entries.map(({ group, items }) => {
    const details = el('details', { class: 'group', 'data-group-uid': group.group_uid, open: !closedGroups.has(group.group_uid) },
      el('summary', null, el('strong', null, group.name), ' ', el('code', null, group.group_uid), ' ', el('small', null, items.length === 1 ? '1 item' : items.length + ' items')),
      items.length > 0 ? el('ul', null, ...items) : el('p', { class: 'empty' }, 'empty'));
    details.addEventListener('toggle', () => (details.open ? closedGroups.delete(group.group_uid) : closedGroups.add(group.group_uid)));
    return details;
  }));
  if (entries.length === 0) container.replaceChildren(el('p', { class: 'empty' }, 'No groups.'));
}

function fill(tbody, rows, columns, emptyText) {
  if (rows.length === 0) tbody.replaceChildren(el('tr', { class: 'empty' }, el('td', { colspan: columns }, emptyText)));
  else tbody.replaceChildren(...rows);
}

/** Newest first: seq, time, the action, its target and path. */
export function renderActions(tbody, actions, state) {
  const rows = actions.slice().reverse().map((a) => el('tr', { 'data-seq': a.seq, 'data-action': a.action },
    el('td', null, String(a.seq)), el('td', null, clock(a.time)), el('td', null, el('span', { class: 'action' }, a.action)),
    el('td', null, targetText(a.target, state)), el('td', null, el('code', null, a.method + ' ' + a.path))));
  fill(tbody, rows, 5, 'No ACTION yet.');
}

/** The status class: s2xx, s3xx, s4xx, s5xx, or s0 for a connection closed without an answer. */
export const statusClass = (status) => (status === 0 ? 's0' : 's' + Math.floor(status / 100) + 'xx');

/** With --proxy: "agrees", or each deviation as "body (assumed)" with its message as a tooltip. */
function deviationsCell(deviations) {
  if (!deviations) return el('td', null, '');
  if (deviations.length === 0) return el('td', { class: 'deviations none' }, 'agrees');
  return el('td', { class: 'deviations' }, ...deviations.map((d) => el('span', { class: 'tag deviation ' + d.source, title: d.message }, d.check + ' (' + d.source + ')')));
}

/** Newest first, each status coloured by its class. */
export function renderRequests(tbody, requests) {
  const rows = requests.slice().reverse().map((r) => el('tr', { 'data-seq': r.seq, class: statusClass(r.status) },
    el('td', null, String(r.seq)), el('td', null, clock(r.time)), el('td', null, r.method), el('td', null, el('code', null, r.path)),
    el('td', { class: 'status' }, r.status === 0 ? 'closed' : String(r.status)), el('td', null, String(r.durationMs)), el('td', null, r.fault ?? ''),
    deviationsCell(r.deviations)));
  fill(tbody, rows, 8, 'No API request yet.');
}

/** The open remote sessions, each with a button that ends it. */
export function renderRemoteSessions(tbody, remote, state, onEnd) {
  const rows = remote.map((s) => {
    const end = el('button', { type: 'button', class: 'end', title: 'DELETE /__admin/sessions/' + s.id }, 'End');
    end.addEventListener('click', () => onEnd(s.id));
    return el('tr', { 'data-id': s.id }, el('td', null, String(s.id)), el('td', null, el('span', { class: 'action' }, s.kind)),
      el('td', null, targetText(s.target, state)), el('td', null, clock(s.started)), el('td', null, end));
  });
  fill(tbody, rows, 5, 'No remote session open.');
}

/** The default mock session and the named ones alive, the one in use selected. */
export function renderSessionPicker(select, sessions, current) {
  const names = sessions.map((s) => s.name ?? '');
  const wanted = names.join('\n');
  if (select.dataset.names === wanted) {
    select.value = current;
    return;
  }
  select.dataset.names = wanted;
  select.replaceChildren(...names.map((name) => el('option', { value: name, selected: name === current }, name === '' ? 'default' : name)));
}
`;
