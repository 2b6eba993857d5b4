import { describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { SETTINGS_DEFAULTS } from './testing/settings-defaults.js';

/** The methods that only read: every other one must move the version on, or a kept answer would go stale. */
const READS = new Set([
  'constructor',
  'version',
  'ownedJsonLength',
  'exportFixture',
  'snapshot',
  'listGroups',
  'getGroupItems',
  'getGroup',
  'listNearby',
  'getConnection',
  'getComputer',
  'listComputerActions',
  'listComputerConnections',
  'getComputerConnection',
  'getComputerConnectionCredentials',
]);

const createStore = () =>
  new Store(
    { groups: [{ group_uid: 'AAAA-0001', name: 'One' }], connections: [], computers: [], nearby: [] },
    { settingsDefaults: SETTINGS_DEFAULTS, newId: () => 'BBBB-0001', clock: () => 0, journalLimit: 10 },
  );

describe('Store version', () => {
  const methods = Object.getOwnPropertyNames(Store.prototype).filter((name) => !READS.has(name));

  it('knows every method', () => {
    expect(methods.length).toBeGreaterThan(10);
  });

  it.each(methods)('moves on at %s, even when the call is refused', (name) => {
    const store = createStore();
    const before = store.version;
    try {
      (store as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!(
        { groups: [], connections: [], computers: [], nearby: [] },
        'x',
        {
          name: 'x',
          category_uid: 'AAAA-0001',
        },
      );
    } catch {
      // A refused call may still have been meant to change the data.
    }
    expect(store.version).toBeGreaterThan(before);
  });

  it('stays at reads', () => {
    const store = createStore();
    const before = store.version;
    store.listGroups();
    store.getGroupItems('AAAA-0001');
    store.exportFixture();
    expect(store.version).toBe(before);
  });
});
