/**
 * The dashboard's script (served as `/__admin/ui/dashboard.js`, an ES module run by the browser, not by
 * Node). It polls the admin API about once a second, in the session the picker names, and asks for new
 * journal entries only (`since`); the views are in `dashboard-views.js`. Written without template
 * literals, as it lives in one.
 */
export const DASHBOARD_JS = `import { renderActions, renderGroups, renderRequests, renderRemoteSessions, renderSessionPicker } from './dashboard-views.js';

const POLL_MS = 1000;
const KEEP = 200;
const STATE_EVERY = 5;
const TOKEN_KEY = 'remotix-mock-admin-token';
const $ = (id) => document.getElementById(id);

const FRESH = { actions: [], requests: [], remote: [], state: null, stateText: '', stateDue: true, renderAll: true, sessionCreated: null };
const view = { session: '', polls: 0, ...FRESH };

class Unauthorized extends Error {}

/** One admin call; the picked session's X-Mock-Session and the token (if any) go with it. */
async function call(method, path, scoped = true) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = 'Bearer ' + token;
  if (scoped && view.session !== '') headers['x-mock-session'] = view.session;
  const response = await fetch(path, { method, headers, cache: 'no-store' });
  if (response.status === 401) throw new Unauthorized('the admin API wants a token');
  if (!response.ok) throw new Error(method + ' ' + path + ' answered ' + response.status);
  return response.json();
}

const sameEntry = (a, b) => a.seq === b.seq && a.time === b.time && a.path === b.path;

/**
 * The journal with its new entries. Asking from the last seq held (not after it) shows whether the
 * journal still has it: if not, it was cleared or reset (seq restarts) and the whole journal is read again.
 */
async function syncJournal(name, held) {
  const last = held[held.length - 1];
  if (last) {
    const fresh = (await call('GET', name + '?since=' + (last.seq - 1)))[name];
    if (fresh.length > 0 && sameEntry(fresh[0], last)) {
      return fresh.length === 1 ? { list: held, changed: false } : { list: held.concat(fresh.slice(1)).slice(-KEEP), changed: true };
    }
  }
  const list = (await call('GET', name))[name].slice(-KEEP);
  return { list, changed: Boolean(last) || list.length > 0, restarted: Boolean(last) };
}

/**
 * Back to the default session when the picked one has gone (dropped, or idle too long) or is not the one
 * picked any more (a new session of that name: the mock creates one on first use).
 */
function checkPickedSession(sessions) {
  if (view.session === '') return;
  const picked = sessions.find((s) => s.name === view.session);
  if (!picked || (view.sessionCreated !== null && picked.createdAt !== view.sessionCreated)) Object.assign(view, { session: '', ...FRESH });
  else view.sessionCreated = picked.createdAt;
}

/** One poll, the mock sessions first. Answers are dropped if the picker changed session meanwhile. */
async function refresh() {
  const mockSessions = await call('GET', 'mock-sessions', false);
  checkPickedSession(mockSessions.sessions);
  const session = view.session;
  const dueBefore = view.stateDue;
  view.stateDue = false;
  const [actions, requests, remote] = await Promise.all([
    syncJournal('actions', view.actions),
    syncJournal('requests', view.requests),
    call('GET', 'sessions'),
  ]);
  const stateDue = dueBefore || actions.restarted || requests.restarted || requests.changed || view.polls % STATE_EVERY === 0;
  const state = stateDue ? await call('GET', 'state') : view.state;
  if (session !== view.session) return;
  const stateText = stateDue ? JSON.stringify(state) : view.stateText;
  const stateChanged = stateText !== view.stateText;
  const remoteChanged = JSON.stringify(remote.sessions) !== JSON.stringify(view.remote);
  const all = view.renderAll;
  Object.assign(view, { actions: actions.list, requests: requests.list, remote: remote.sessions, state, stateText, renderAll: false });
  view.polls += 1;
  renderSessionPicker($('session-picker'), mockSessions.sessions, view.session);
  if (all || stateChanged || remoteChanged) renderGroups($('groups'), view.state, view.remote);
  if (all || stateChanged || remoteChanged) renderRemoteSessions($('remote-sessions').tBodies[0], view.remote, view.state, endRemoteSession);
  if (all || stateChanged || actions.changed) renderActions($('actions').tBodies[0], view.actions, view.state);
  if (all || requests.changed) renderRequests($('requests').tBodies[0], view.requests);
  setCount('groups-count', view.state.groups.length);
  setCount('remote-sessions-count', view.remote.length);
  setCount('actions-count', view.actions.length);
  setCount('requests-count', view.requests.length);
}

function setCount(id, count) {
  $(id).textContent = '(' + count + ')';
}

function setStatus(text, kind) {
  const status = $('status');
  status.textContent = text;
  status.className = kind;
}

let timer = 0;
let busy = false;
let again = false;

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(tick, delay);
}

/** One poll at a time; a button or the picker asks for the next one at once. */
async function tick() {
  if (busy) {
    again = true;
    return;
  }
  busy = true;
  try {
    await refresh();
    $('token-form').hidden = true;
    setStatus('live · ' + new Date().toLocaleTimeString(), 'ok');
  } catch (error) {
    view.stateDue = true;
    if (error instanceof Unauthorized) $('token-form').hidden = false;
    setStatus(error instanceof TypeError ? 'the mock does not answer' : error.message, 'error');
  } finally {
    busy = false;
    schedule(again ? 0 : POLL_MS);
    again = false;
  }
}

/** Runs an admin command, then polls at once. */
async function command(method, path) {
  try {
    await call(method, path);
    view.stateDue = true;
  } catch (error) {
    setStatus(error.message, 'error');
  }
  schedule(0);
}

function endRemoteSession(id) {
  command('DELETE', 'sessions/' + encodeURIComponent(id));
}

function wire() {
  $('reset-state').addEventListener('click', () => command('POST', 'reset'));
  $('clear-actions').addEventListener('click', () => command('DELETE', 'actions'));
  $('clear-requests').addEventListener('click', () => command('DELETE', 'requests'));
  $('end-all-remote-sessions').addEventListener('click', () => command('DELETE', 'sessions'));
  $('session-picker').addEventListener('change', (event) => {
    Object.assign(view, { session: event.target.value, ...FRESH });
    schedule(0);
  });
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('admin-token').value);
    $('admin-token').value = '';
    schedule(0);
  });
}

wire();
tick();
`;
