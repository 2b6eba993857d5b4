import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error.js';
import { Store } from './store.js';
import { SETTINGS_DEFAULTS } from './testing/settings-defaults.js';
import type { Fixture } from './types.js';

const defaults = SETTINGS_DEFAULTS;

const fixture: Fixture = {
  groups: [
    { group_uid: 'AAAA-0001', name: 'One' },
    { group_uid: 'AAAA-0002', name: 'Two' },
  ],
  connections: [{ uid: 'CCCC-0001', name: 'Box', category_uid: 'AAAA-0001', protocol: 'RDP', credentials: { 'rdp.password': 'pw' } }],
  computers: [
    {
      computer_id: '1',
      name: 'Mac',
      category_uid: 'AAAA-0001',
      connections: { NEAR: { settings: { quality: 'high' }, credentials: { password: 'np' } }, VNC_5901: {} },
    },
  ],
  nearby: [{ name: 'Near', host: 'near.local', protocol: 'VNC' }],
};

function createStore(ids: string[] = ['BBBB-0001', 'BBBB-0002', 'BBBB-0003']): Store {
  const queue = [...ids];
  return new Store(structuredClone(fixture), {
    settingsDefaults: defaults,
    newId: () => queue.shift() ?? 'FFFF-FFFF',
    clock: () => Date.parse('2026-01-02T03:04:05.000Z'),
    journalLimit: 100,
  });
}

const origin = { method: 'ACTION', path: '/x' };
const kindOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.kind : 'other';
  }
  return 'none';
};

describe('Store', () => {
  it('indexes the items of each group', () => {
    const store = createStore();
    const items = store.getGroupItems('AAAA-0001');
    expect(items.connections).toEqual([
      { uid: 'CCCC-0001', name: 'Box', category_uid: 'AAAA-0001', protocol: 'RDP', has_credentials: true },
    ]);
    expect(items.computers).toEqual([{ computer_id: '1', name: 'Mac', category_uid: 'AAAA-0001' }]);
    expect(store.getGroupItems('AAAA-0002')).toEqual({ group_uid: 'AAAA-0002', name: 'Two', connections: [], computers: [] });
  });

  it('skips an id that is already taken', () => {
    const store = createStore(['AAAA-0001', 'CCCC-0001', 'BBBB-0009']);
    expect(store.createGroup('New')).toBe('BBBB-0009');
  });

  it('moves a connection between groups in the index', () => {
    const store = createStore();
    store.updateConnection('CCCC-0001', { category_uid: 'AAAA-0002' });
    expect(store.getGroupItems('AAAA-0001').connections).toEqual([]);
    expect(store.getGroupItems('AAAA-0002').connections.map((c) => c.uid)).toEqual(['CCCC-0001']);
  });

  it('changes nothing when a move names a missing group', () => {
    const store = createStore();
    expect(kindOf(() => store.updateConnection('CCCC-0001', { name: 'Renamed', category_uid: 'ZZZZ-0000' }))).toBe('unknown-reference');
    expect(store.getGroupItems('AAAA-0001').connections[0]!.name).toBe('Box');
  });

  it('merges connection credentials and clears them all on delete', () => {
    const store = createStore();
    store.deleteConnectionCredentials('CCCC-0001');
    expect(store.getGroupItems('AAAA-0001').connections[0]!.has_credentials).toBe(false);
    store.setConnectionCredentials('CCCC-0001', { 'rdp.username': 'u' });
    expect(store.getGroupItems('AAAA-0001').connections[0]!.has_credentials).toBe(true);
  });

  it('refuses to delete a group that holds items, and deletes an empty one', () => {
    const store = createStore();
    expect(kindOf(() => store.deleteGroup('AAAA-0001'))).toBe('conflict');
    store.deleteGroup('AAAA-0002');
    expect(store.listGroups().map((g) => g.group_uid)).toEqual(['AAAA-0001']);
    expect(kindOf(() => store.getGroupItems('AAAA-0002'))).toBe('not-found');
  });

  it('fills fixture settings with defaults and patches only the keys given', () => {
    const store = createStore();
    expect(store.getComputerConnection('1', 'NEAR')).toEqual({
      quality: 'high',
      curtain_on_connect: false,
      sound: true,
      clipboard_sync: true,
    });
    store.updateComputerConnection('1', 'NEAR', { quality: null, sound: false, password: null, username: 'me' });
    expect(store.getComputerConnection('1', 'NEAR')).toEqual({
      quality: 'auto',
      curtain_on_connect: false,
      sound: false,
      clipboard_sync: true,
    });
    expect(store.getComputerConnectionCredentials('1', 'NEAR')).toEqual({ username: 'me' });
  });

  it('refuses a setting of another connection type without changing anything', () => {
    const store = createStore();
    expect(() => store.updateComputerConnection('1', 'NEAR', { quality: 'low', host: 'x' })).toThrow(TypeError);
    expect(store.getComputerConnection('1', 'NEAR').quality).toBe('high');
  });

  it('derives actions from connections and journals only offered ones', () => {
    const store = createStore();
    expect(store.listComputerActions('1')).toEqual(['chat', 'NEAR/control', 'NEAR/curtain', 'NEAR/observe', 'NEAR/ft', 'VNC_5901/control']);
    expect(kindOf(() => store.runComputerAction('1', 'VNC_5901', 'observe', origin))).toBe('action-not-offered');
    expect(kindOf(() => store.runComputerAction('1', 'RDP', 'control', origin))).toBe('not-found');
    const entry = store.runComputerAction('1', 'VNC_5901', 'control', origin);
    expect(entry).toEqual({
      seq: 1,
      time: '2026-01-02T03:04:05.000Z',
      method: 'ACTION',
      path: '/x',
      action: 'control',
      target: { kind: 'computer', computer_id: '1', connection: 'VNC_5901', type: 'VNC', port: 5901 },
    });
    store.deleteComputerConnection('1', 'NEAR');
    expect(kindOf(() => store.runComputerAction('1', null, 'chat', origin))).toBe('action-not-offered');
    expect(store.actions.list()).toHaveLength(1);
  });

  it('hands out copies: changing a result changes no state', () => {
    const store = createStore();
    store.listGroups()[0]!.name = 'Hacked';
    store.getComputerConnectionCredentials('1', 'NEAR').password = 'hacked';
    store.connect('CCCC-0001', origin);
    store.actions.list()[0]!.action = 'hacked';
    expect(store.listGroups()[0]!.name).toBe('One');
    expect(store.getComputerConnectionCredentials('1', 'NEAR').password).toBe('np');
    expect(store.actions.list()[0]!.action).toBe('connect');
  });

  it('resets to a fixture with an empty journal counting from 1', () => {
    const store = createStore();
    store.createGroup('Extra');
    store.connect('CCCC-0001', origin);
    store.reset(structuredClone(fixture));
    expect(store.listGroups()).toHaveLength(2);
    expect(store.actions.list()).toEqual([]);
    expect(store.connect('CCCC-0001', origin).seq).toBe(1);
  });
});
