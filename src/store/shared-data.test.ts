import { describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { exportFixture, loadedJsonLength, loadStoreData, SharedData } from './store-data.js';
import { DEFAULT_POLICIES, type StorePolicies } from './store-policies.js';
import { SETTINGS_DEFAULTS } from './testing/settings-defaults.js';
import type { Fixture } from './types.js';

const defaults = SETTINGS_DEFAULTS;

const fixture: Fixture = {
  groups: [
    { group_uid: 'AAAA-0001', name: 'One', extra: { note: 'kept' } },
    { group_uid: 'AAAA-0002', name: 'Two' },
    { group_uid: 'AAAA-0003', name: 'Three' },
  ],
  connections: [
    { uid: 'CCCC-0001', name: 'Box', category_uid: 'AAAA-0001', protocol: 'RDP', credentials: { 'rdp.password': 'pw' } },
    { uid: 'CCCC-0002', name: 'Other', category_uid: 'AAAA-0002', protocol: 'RDP', extra: { created: 'then' } },
    { uid: 'CCCC-0003', name: 'Third', category_uid: 'AAAA-0003', protocol: 'VNC' },
  ],
  computers: [
    { computer_id: '1', name: 'Mac', category_uid: 'AAAA-0001', connections: { NEAR: { credentials: { password: 'np' } }, VNC_5901: {} } },
    { computer_id: '2', name: 'PC', category_uid: 'AAAA-0003', connections: { RDP: {} } },
  ],
  nearby: [{ name: 'Near', host: 'near.local', protocol: 'VNC' }],
};

const policies: StorePolicies = {
  ...DEFAULT_POLICIES,
  rememberDeleted: true,
  groupDelete: { nonEmpty: 'move', moveTo: null },
  stamps: { connection: { updated: ['updated'], action: ['used'] }, computer: { action: ['used'] }, group: { updated: ['updated'] } },
};

function storeOf(source: Fixture | SharedData): Store {
  let id = 0;
  return new Store(source, {
    settingsDefaults: defaults,
    newId: () => `BBBB-${String(++id).padStart(4, '0')}`,
    clock: () => Date.parse('2026-01-02T03:04:05.000Z'),
    journalLimit: 100,
    policies,
  });
}

/** Every kind of write the store takes, on records of the fixture and on new ones. */
function writeEverything(store: Store): void {
  store.renameGroup('AAAA-0001', 'Renamed');
  store.createGroup('New');
  store.createConnection({ name: 'Fresh', category_uid: 'AAAA-0002' });
  store.updateConnection('CCCC-0002', { name: 'Moved', category_uid: 'AAAA-0001' });
  store.setConnectionCredentials('CCCC-0003', { password: 'x' });
  store.deleteConnectionCredentials('CCCC-0001');
  store.connect('CCCC-0003', { method: 'ACTION', path: '/connection/CCCC-0003/connect' });
  store.updateComputer('2', { category_uid: 'AAAA-0001' });
  store.updateComputerConnection('1', 'VNC_5901', { quality: 'low' });
  store.updateComputerConnection('1', 'RDP_3390', { resolution: '1024x768' });
  store.deleteComputerConnectionCredentials('1', 'NEAR');
  store.deleteComputerConnection('1', 'VNC_5901');
  store.runComputerAction('1', null, 'chat', { method: 'ACTION', path: '/computer/1/chat' });
  store.deleteComputer('2');
  store.deleteConnection('CCCC-0003');
  store.deleteGroup('AAAA-0003');
}

describe('stores over shared data', () => {
  it('change, export and snapshot exactly as a store that loaded the fixture itself, and change nothing another sees', () => {
    const shared = new SharedData(loadStoreData(structuredClone(fixture), defaults));
    const alone = storeOf(structuredClone(fixture));
    const layered = storeOf(shared);
    const bystander = storeOf(shared);
    const untouched = bystander.exportFixture();
    writeEverything(alone);
    writeEverything(layered);
    expect(layered.exportFixture()).toEqual(alone.exportFixture());
    expect(layered.snapshot()).toEqual(alone.snapshot());
    expect(layered.getGroupItems('AAAA-0001')).toEqual(alone.getGroupItems('AAAA-0001'));
    expect(bystander.exportFixture()).toEqual(untouched);
    expect(storeOf(shared).exportFixture()).toEqual(untouched);
    expect(bystander.getGroupItems('AAAA-0001').connections.map((c) => c.uid)).toEqual(['CCCC-0001']);
  });

  it('holds nothing of its own until it writes, and nothing again after a reset to the shared data', () => {
    const shared = new SharedData(loadStoreData(structuredClone(fixture), defaults));
    const store = storeOf(shared);
    expect(store.ownedJsonLength()).toBe(0);
    store.renameGroup('AAAA-0002', 'Changed');
    expect(store.ownedJsonLength()).toBe(
      JSON.stringify({ group_uid: 'AAAA-0002', name: 'Changed', extra: { updated: '2026-01-02T03:04:05.000Z' } }).length + 1,
    );
    store.reset(shared);
    expect(store.ownedJsonLength()).toBe(0);
    store.importFixture(structuredClone(fixture));
    expect(store.ownedJsonLength()).toBe(JSON.stringify(store.exportFixture()).length);
  });
});

describe('loadedJsonLength', () => {
  it('is the JSON length of the export, without building it', () => {
    const withEmpty: Fixture = {
      ...fixture,
      connections: [...fixture.connections, { uid: 'CCCC-0004', name: 'Bare "q"\u2028', category_uid: 'AAAA-0001', credentials: {} }],
    };
    for (const source of [fixture, withEmpty]) {
      const data = loadStoreData(source, defaults);
      expect(loadedJsonLength(data)).toBe(JSON.stringify(exportFixture(data)).length);
    }
  });
});
