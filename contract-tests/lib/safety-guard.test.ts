import { describe, expect, it } from 'vitest';
import type { Permission } from './kit-options.js';
import { createSafetyGuard, type GuardedRequest, SafetyError } from './safety-guard.js';

const ALL: Permission[] = ['writes', 'actions', 'computer', 'computer-delete', 'negative'];
const guard = (granted: Permission[] = ALL) => {
  const g = createSafetyGuard(new Set(granted), 'rc-run', '123456');
  g.own('group', 'AAAA-0001');
  g.own('connection', 'CCCC-0001');
  return g;
};
const request = (operationId: string | null, method: string, params: Record<string, string> = {}, body?: unknown): GuardedRequest => ({
  operationId,
  method,
  params,
  body,
});

describe('the safety guard', () => {
  it('lets every read through, even without any permission', () => {
    expect(() => guard([]).check(request('getGroup', 'GET', { group_uid: 'FFFF-FFFF' }))).not.toThrow();
  });

  it.each([
    ['a write without --allow-writes', [] as Permission[], request('renameGroup', 'PUT', { group_uid: 'AAAA-0001' }, { name: 'x' })],
    ['an ACTION without --allow-actions', ['writes'] as Permission[], request('connectConnection', 'ACTION', { uid: 'CCCC-0001' })],
    ['a write to a group the run did not create', ALL, request('deleteGroup', 'DELETE', { group_uid: 'FFFF-FFFF' })],
    [
      'a write to a connection the run did not create',
      ALL,
      request('setConnectionCredentials', 'PUT', { uid: '1000-0001' }, { 'rdp.password': 'x' }),
    ],
    ['a write to another computer', ALL, request('updateComputer', 'PUT', { computer_id: '654321' }, { name: 'x' })],
    [
      'deleting a connection of the computer the run did not add',
      ALL,
      request('deleteComputerConnection', 'DELETE', { computer_id: '123456', connection: 'VNC' }),
    ],
    [
      'deleting the computer without --allow-computer-delete',
      ['writes', 'computer'] as Permission[],
      request('deleteComputer', 'DELETE', { computer_id: '123456' }),
    ],
    ['a create without the run id in its name', ALL, request('createGroup', 'PUT', {}, { name: 'Office' })],
    [
      'moving an item into a group the run did not create',
      ALL,
      request('updateConnection', 'PUT', { uid: 'CCCC-0001' }, { category_uid: '0123-CDEF' }),
    ],
    ['an unsupported-method probe without --allow-negative', ['writes'] as Permission[], request(null, 'POST', { group_uid: 'AAAA-0001' })],
  ])('refuses %s', (_, granted, req) => {
    expect(() => guard(granted).check(req)).toThrow(SafetyError);
  });

  it("allows writes to the run's own items, the --computer, and a reference the run was allowed to restore", () => {
    const g = guard();
    expect(() => g.check(request('createGroup', 'PUT', {}, { name: 'rc-run group' }))).not.toThrow();
    expect(() => g.check(request('updateConnection', 'PUT', { uid: 'CCCC-0001' }, { category_uid: 'AAAA-0001' }))).not.toThrow();
    expect(() =>
      g.check(request('updateComputerConnection', 'PUT', { computer_id: '123456', connection: 'VNC' }, { quality: 'low' })),
    ).not.toThrow();
    expect(() => g.check(request('updateComputer', 'PUT', { computer_id: '123456' }, { category_uid: '0123-CDEF' }))).toThrow(SafetyError);
    g.allowReference('0123-CDEF');
    expect(() => g.check(request('updateComputer', 'PUT', { computer_id: '123456' }, { category_uid: '0123-CDEF' }))).not.toThrow();
  });
});
