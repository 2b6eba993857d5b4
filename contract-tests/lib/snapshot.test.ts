import { describe, expect, it } from 'vitest';
import { compareSnapshots, type Snapshot } from './snapshot.js';

const snapshot = (overrides: Partial<Snapshot> = {}): Snapshot => ({
  groups: {
    groups: [
      { group_uid: 'A', name: 'Office' },
      { group_uid: 'B', name: 'Home' },
    ],
  },
  items: {
    A: {
      group_uid: 'A',
      computers: [
        { computer_id: '1', name: 'Mac' },
        { computer_id: '2', name: 'NAS' },
      ],
    },
  },
  computers: {
    '1': { main: { name: 'Mac' }, actions: {}, connections: {}, settings: {}, credentials: { VNC: { password: 'old' } } },
    '2': { main: { name: 'NAS' }, actions: {}, connections: {}, settings: {}, credentials: {} },
  },
  computerGroups: { '1': ['A'], '2': ['A'] },
  ...overrides,
});

describe('compareSnapshots', () => {
  it('finds no difference between equal snapshots, whatever the order of their lists', () => {
    const reordered = snapshot({
      items: {
        A: {
          group_uid: 'A',
          computers: [
            { computer_id: '2', name: 'NAS' },
            { computer_id: '1', name: 'Mac' },
          ],
        },
      },
    });
    expect(compareSnapshots(snapshot(), reordered, new Set())).toEqual([]);
  });

  it('names the item that changed, and never shows a credential value', () => {
    const after = snapshot({
      groups: {
        groups: [
          { group_uid: 'A', name: 'Office' },
          { group_uid: 'B', name: 'Renamed' },
        ],
      },
    });
    after.computers['1']!.credentials = { VNC: { password: 'new' } };
    const differences = compareSnapshots(snapshot(), after, new Set());
    expect(differences).toEqual([
      '/computers/1/credentials/VNC/password changed (credential values not shown)',
      '/groups/groups/group_uid=B/name: "Home" → "Renamed"',
    ]);
    expect(differences.join()).not.toContain('new');
  });

  it('leaves out a computer the run deleted on purpose', () => {
    const after = snapshot({ items: { A: { group_uid: 'A', computers: [{ computer_id: '1', name: 'Mac' }] } } });
    delete after.computers['2'];
    expect(compareSnapshots(snapshot(), after, new Set(['2']))).toEqual([]);
    expect(compareSnapshots(snapshot(), after, new Set())).not.toEqual([]);
  });
});
