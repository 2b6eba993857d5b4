/**
 * One scripted sequence, sent the same to two servers: creates, reads, renames, moves, credentials,
 * partial updates and `null` resets, deletes, ACTIONs, and every error case. Paths name items by role
 * (`{computer}`), filled from the preset's fixture (the same ids on both sides) or from what a create
 * answered (each side its own id, mapped back to the role before answers are compared).
 */
export interface Step {
  method: string;
  path: string;
  /** JSON, sent as application/json unless `contentType` says otherwise; a string is sent as it is. */
  body?: unknown;
  contentType?: string;
  /** Saves the id a create answered (under its documented key) as a role of this side. */
  saves?: { role: string; key: 'group_uid' | 'uid' };
}

/** The ids and values a preset's fixture gives each role, and the setting keys to probe. */
export interface Roles {
  /** A group with connections and a computer in it; `otherGroup` another one, `emptyGroup` an empty one. */
  fullGroup: string;
  otherGroup: string;
  emptyGroup: string;
  /** An RDP connection with credentials, and another connection to delete. */
  rdpConnection: string;
  otherConnection: string;
  /** A computer with VNC, RDP_3390 and NEAR; another without NEAR (VNC_5901 and RDP). */
  computer: string;
  otherComputer: string;
  /** Ids of the right shape that no item has. */
  unknownGroup: string;
  unknownComputer: string;
  /** A VNC setting and a value for it other than the current one. */
  vncKey: string;
  vncValue: unknown;
  /** An RDP setting and a value for it. */
  rdpKey: string;
  rdpValue: unknown;
}

export function diffSequence(r: Roles): Step[] {
  const json = (method: string, path: string, body: unknown, extra: Partial<Step> = {}): Step => ({ method, path, body, ...extra });
  const get = (path: string): Step => ({ method: 'GET', path });
  return [
    // Reads of the seed data.
    get('/groups'),
    get(`/group/${r.fullGroup}`),
    get(`/group/${r.emptyGroup}`),
    get('/nearby'),
    get(`/computer/${r.computer}`),
    get(`/computer/${r.computer}/actions`),
    get(`/computer/${r.computer}/connections`),
    get(`/computer/${r.computer}/VNC`),
    get(`/computer/${r.computer}/VNC/credentials`),
    get(`/computer/${r.computer}/RDP_3390`),
    get(`/computer/${r.computer}/RDP_3390/credentials`),
    get(`/computer/${r.computer}/NEAR`),
    get(`/computer/${r.otherComputer}/actions`),
    get(`/computer/${r.otherComputer}/connections`),
    // Creates, renames, moves.
    json('PUT', '/group/', { name: 'Diff Lab' }, { saves: { role: 'newGroup', key: 'group_uid' } }),
    get('/groups'),
    get('/group/{newGroup}'),
    json('PUT', '/connection/', { name: 'Diff Box', category_uid: '{newGroup}' }, { saves: { role: 'newConnection', key: 'uid' } }),
    get('/group/{newGroup}'),
    json('PUT', '/group/{newGroup}', { name: 'Diff Lab renamed' }),
    json('PUT', '/connection/{newConnection}', { name: 'Diff Box renamed' }),
    json('PUT', '/connection/{newConnection}', { category_uid: r.otherGroup }),
    get(`/group/${r.otherGroup}`),
    get('/group/{newGroup}'),
    json('PUT', `/computer/${r.computer}`, { name: 'Atlas renamed' }),
    json('PUT', `/computer/${r.computer}`, { category_uid: '{newGroup}' }),
    get(`/computer/${r.computer}`),
    get('/group/{newGroup}'),
    get(`/group/${r.fullGroup}`),
    // Credentials: set, rotate one key, delete, delete again.
    json('PUT', '/connection/{newConnection}/credentials', { 'rdp.username': 'diff', 'rdp.password': 'Diff-pass-1' }),
    get(`/group/${r.otherGroup}`),
    json('PUT', `/connection/${r.rdpConnection}/credentials`, { 'rdp.password': 'Rotated-2' }),
    get(`/group/${r.fullGroup}`),
    { method: 'DELETE', path: '/connection/{newConnection}/credentials' },
    { method: 'DELETE', path: '/connection/{newConnection}/credentials' },
    get(`/group/${r.otherGroup}`),
    // Computer connections: a partial update, a null reset, an unknown key, a connection it lacks.
    json('PUT', `/computer/${r.computer}/VNC`, { [r.vncKey]: r.vncValue }),
    get(`/computer/${r.computer}/VNC`),
    json('PUT', `/computer/${r.computer}/VNC`, { [r.vncKey]: null }),
    get(`/computer/${r.computer}/VNC`),
    json('PUT', `/computer/${r.computer}/RDP_3390`, { [r.rdpKey]: r.rdpValue, no_such_setting: 1 }),
    get(`/computer/${r.computer}/RDP_3390`),
    json('PUT', `/computer/${r.computer}/RDP`, { [r.rdpKey]: r.rdpValue }),
    get(`/computer/${r.computer}/connections`),
    { method: 'DELETE', path: `/computer/${r.computer}/VNC/credentials` },
    get(`/computer/${r.computer}/VNC/credentials`),
    // ACTIONs: offered, not offered, on a connection the computer lacks, with bodies.
    { method: 'ACTION', path: `/connection/${r.rdpConnection}/connect` },
    get(`/group/${r.fullGroup}`),
    { method: 'ACTION', path: `/computer/${r.computer}/chat` },
    { method: 'ACTION', path: `/computer/${r.computer}/NEAR/observe` },
    { method: 'ACTION', path: `/computer/${r.computer}/RDP_3390/control`, body: {} },
    { method: 'ACTION', path: `/computer/${r.computer}/VNC/observe` },
    { method: 'ACTION', path: `/computer/${r.otherComputer}/chat` },
    { method: 'ACTION', path: `/computer/${r.otherComputer}/NEAR/control` },
    { method: 'ACTION', path: `/connection/${r.rdpConnection}/connect`, body: { now: true } },
    { method: 'DELETE', path: `/computer/${r.computer}/NEAR` },
    get(`/computer/${r.computer}/NEAR`),
    get(`/computer/${r.computer}/actions`),
    { method: 'ACTION', path: `/computer/${r.computer}/NEAR/control` },
    // Errors: unknown ids, invalid bodies, methods the path lacks, unknown paths.
    get(`/group/${r.unknownGroup}`),
    get('/group/no-such-group'),
    get(`/computer/${r.unknownComputer}`),
    get(`/computer/${r.computer}/VNC_5999`),
    json('PUT', `/group/${r.unknownGroup}`, { name: 'Nobody' }),
    { method: 'PUT', path: '/group/', body: '{"name": ' },
    json('PUT', '/group/', { name: 42 }),
    json('PUT', '/group/', { name: 'Extra key', color: 'red' }, { saves: { role: 'extraGroup', key: 'group_uid' } }),
    json('PUT', '/connection/', { name: 'Lost', category_uid: r.unknownGroup }),
    json('PUT', '/connection/{newConnection}', { category_uid: r.unknownGroup }),
    { method: 'PUT', path: '/group/{newGroup}', body: '{"name":"Typed"}', contentType: 'text/plain' },
    { method: 'PUT', path: '/connection/{newConnection}' },
    { method: 'POST', path: '/groups' },
    { method: 'DELETE', path: '/nearby' },
    { method: 'PATCH', path: `/computer/${r.computer}` },
    get('/no/such/path'),
    get('/groups/'),
    get('/groups?page=2'),
    // Deletes: a connection, a computer, a group with items, an empty group; each then unknown.
    { method: 'DELETE', path: `/connection/${r.otherConnection}` },
    { method: 'DELETE', path: `/connection/${r.otherConnection}` },
    { method: 'DELETE', path: `/computer/${r.otherComputer}` },
    get(`/computer/${r.otherComputer}`),
    { method: 'DELETE', path: `/group/${r.fullGroup}` },
    get('/groups'),
    get(`/group/${r.fullGroup}`),
    { method: 'DELETE', path: `/group/${r.emptyGroup}` },
    get(`/group/${r.emptyGroup}`),
    { method: 'DELETE', path: '/group/{newGroup}' },
    get('/groups'),
  ];
}
