import { describe, expect, it } from 'vitest';
import { planCleanup } from './cleanup-plan.js';
import type { TimedEntry } from './run-log.js';

const at = '2026-11-25T10:00:00.000Z';
const entries = (...list: object[]) => list.map((entry) => ({ ...entry, at }) as TimedEntry);

describe('planCleanup', () => {
  it('keeps what was created and not deleted, and what was changed and not put back', () => {
    const plan = planCleanup(
      entries(
        { type: 'run', runId: 'rc-x', url: 'http://h', startedByKit: false },
        { type: 'creating', kind: 'group', name: 'rc-x A' },
        { type: 'created', kind: 'group', id: 'AAAA-0001', name: 'rc-x A' },
        { type: 'created', kind: 'group', id: 'AAAA-0002', name: 'rc-x B' },
        { type: 'deleted', kind: 'group', id: 'AAAA-0002' },
        { type: 'created', kind: 'connection', id: 'CCCC-0001', name: 'rc-x C' },
        { type: 'changing-computer', computer: '123456', original: { name: 'Studio Mac', category_uid: '0123-CDEF' } },
        { type: 'restored', computer: '123456' },
        { type: 'changing-computer-connection', computer: '123456', connection: 'VNC', original: { quality: 'high' } },
        { type: 'adding-computer-connection', computer: '123456', connection: 'VNC_20001' },
      ),
    );
    expect([...plan.groups]).toEqual(['AAAA-0001']);
    expect([...plan.connections]).toEqual(['CCCC-0001']);
    expect([...plan.computers]).toEqual([]);
    expect([...plan.computerConnections]).toEqual([['123456/VNC', { quality: 'high' }]]);
    expect([...plan.scratch]).toEqual(['123456/VNC_20001']);
  });

  it('keeps the first original of a setting changed twice', () => {
    const plan = planCleanup(
      entries(
        { type: 'changing-computer-connection', computer: '1', connection: 'RDP', original: { color_depth: 24 } },
        { type: 'changing-computer-connection', computer: '1', connection: 'RDP', original: { color_depth: 16, sound: 'local' } },
      ),
    );
    expect(plan.computerConnections.get('1/RDP')).toEqual({ color_depth: 24, sound: 'local' });
  });
});
