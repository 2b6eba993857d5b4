import { describe, expect, it } from 'vitest';
import { findRunItems, type Lists, stillListed } from './cleanup-find.js';
import { type CleanupPlan, emptyPlan } from './cleanup-plan.js';

const RUN = 'rc-20261125100000-abcd';
const plan = (overrides: Partial<CleanupPlan> = {}): CleanupPlan => ({ ...emptyPlan(), computer: '123456', ...overrides });
const lists = (groups: unknown, items: Record<string, unknown>): Lists => ({ groups, items: new Map(Object.entries(items)), unread: [] });

describe('findRunItems', () => {
  it("finds the run's groups and connections by the run id in their names, in any list shape", () => {
    const found = findRunItems(
      lists(
        [
          { uid: 'g-9', name: `${RUN} group A` },
          { uid: 'g-1', name: 'Office' },
        ],
        {
          'g-9': [{ kind: 'connection', uid: 'c-9', group: 'g-9', name: `${RUN} connection` }],
          'g-1': { id: 'g-1', links: [{ id: 'c-1', title: 'Reception' }], machines: [{ id: '123456', title: `${RUN} computer` }] },
        },
      ),
      RUN,
      plan(),
    );
    expect(found).toEqual({ groups: ['g-9'], connections: ['c-9'] });
  });

  it('never takes a name, the group it is in or the --computer for an id', () => {
    const found = findRunItems(lists({ data: [] }, { 'g-2': { items: [{ group_uid: 'g-2', title: `${RUN} connection` }] } }), RUN, plan());
    expect(found.connections).toEqual([]);
  });
});

describe('stillListed', () => {
  it('looks for a group in the list of groups and a connection in any group', () => {
    const read = lists({ items: [{ id: 'g-1' }] }, { 'g-1': { items: [{ id: 'c-1' }] } });
    expect(stillListed(read, 'group', 'g-1', plan())).toBe(true);
    expect(stillListed(read, 'group', 'g-2', plan())).toBe(false);
    expect(stillListed(read, 'connection', 'c-1', plan())).toBe(true);
  });
});
