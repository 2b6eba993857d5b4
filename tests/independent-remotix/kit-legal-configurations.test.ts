import { describe, expect, it } from 'vitest';
import { reportErrors } from '../contract-kit/report-errors.js';
import { failures, useIndependentRemotix } from './python-remotix.js';

const judge = useIndependentRemotix();

/**
 * The independent Remotix keeps every line of the reference and chooses differently from the mock wherever
 * the reference is silent (its README lists each choice). In each of its legal configurations the kit, with
 * every flag, must find no failure: what differs from the mock's assumptions is reported, never failed.
 */
const PRESETS: Array<[string, { groupsAt: string; idKey: string; nameKey: string }]> = [
  ['default', { groupsAt: '/items', idKey: 'id', nameKey: 'title' }],
  ['bare', { groupsAt: '', idKey: 'uid', nameKey: 'name' }],
  ['wrapped-other', { groupsAt: '/data/items', idKey: 'key', nameKey: 'label' }],
  ['strict', { groupsAt: '/results', idKey: 'ref', nameKey: 'display_name' }],
  ['loose', { groupsAt: '/data', idKey: 'uid', nameKey: 'name' }],
];

describe('the contract kit against an independent Remotix, in its legal configurations', () => {
  it.each(PRESETS)('finds no failure with preset %s, and learns its shapes', async (preset, shape) => {
    const { code, output, report } = await judge(['--preset', preset]);
    expect(failures(report)).toEqual([]);
    expect(code, output).toBe(0);
    expect(report.verdict.passed).toBe(true);
    expect(report.learned.lists.groups).toMatchObject({
      status: 'observed',
      at: shape.groupsAt,
      idKey: shape.idKey,
      nameKey: shape.nameKey,
    });
    expect(report.learned.items.connection).toMatchObject({ status: 'observed', idKey: shape.idKey, nameKey: shape.nameKey });
    expect(report.scenarios.filter((s) => s.stopped)).toEqual([]);
    expect(report.snapshot).toEqual({ compared: true, differences: [] });
    expect(report.cleanup).toMatchObject({ complete: true, failed: [] });
    expect(reportErrors(report)).toEqual([]);
  });

  it('finds no failure when only whole {name, category_uid} updates are taken and credentials never stored read 404', async () => {
    // The reference shows both keys in each update's body and says nothing of a credentials read where none
    // are stored: both choices are learned and reported as observed differences, never failed.
    const choices = ['--choice', 'partial_update=refuse', '--choice', 'empty_credentials_read=404'];
    const { code, output, report } = await judge(['--preset', 'strict', ...choices]);
    expect(failures(report)).toEqual([]);
    expect(code, output).toBe(0);
    for (const policy of ['partial-connection-update', 'partial-computer-update'])
      expect(report.learned.policies[policy], policy).toMatchObject({ status: 'observed', outcome: 'refused', httpStatus: 400 });
    expect(report.learned.policies['empty-credentials-read']).toMatchObject({ status: 'observed', outcome: 'error', httpStatus: 404 });
    expect(report.snapshot).toEqual({ compared: true, differences: [] });
    expect(reportErrors(report)).toEqual([]);
  }, 60_000);

  it('finds no failure with other choices mixed in: map-shaped actions, envelope items, 400 for unknown ids, text errors, empty bodies, added connections, whole updates only, 404 for no credentials', async () => {
    // Map-shaped actions, envelope group items, 400 for unknown ids, plain-text errors, empty success bodies, and
    // a PUT that adds a computer connection whose credentials take keys (`vnc.password`) a settings PUT does not.
    const choices = [
      'actions_shape=map',
      'group_detail=envelope',
      'status_unknown_id=400',
      'error_body=text',
      'update_body=empty',
      'delete_body=null',
      'missing_computer_connection_put=create',
      // Only whole {name, category_uid} updates, and 404 for credentials never stored (on the scratch connection too).
      'partial_update=refuse',
      'empty_credentials_read=404',
    ];
    const { code, report } = await judge(['--preset', 'default', ...choices.flatMap((c) => ['--choice', c])]);
    expect(failures(report)).toEqual([]);
    expect(code).toBe(0);
    expect(report.learned.lists['computer-actions']).toMatchObject({ status: 'observed', form: expect.stringContaining('per-connection') });
    expect(report.learned.policies['partial-computer-update']).toMatchObject({ status: 'observed', outcome: 'refused', httpStatus: 422 });
  });

  it('counts an operation that only 404 probes reached as not exercised, and never prints the full PASS then', async () => {
    // The default preset refuses a PUT to a computer connection it lacks: the kit adds no scratch connection,
    // so deleting a computer connection is only tried on the deleted computer, where it answers 4xx.
    const { report } = await judge(['--preset', 'default']);
    expect(report.coverage.operations.onlyErrors).toContain('deleteComputerConnection');
    expect(report.coverage.operations.exercised).toBeLessThan(24);
    expect(report.operations.find((o) => o.operationId === 'deleteComputerConnection')).toMatchObject({
      result: 'could-not-check',
      detail: expect.stringContaining('only error answers were judged'),
    });
    expect(report.verdict).toMatchObject({ passed: true, full: false, headline: expect.stringMatching(/^PASS \(partial\)/) });
  });
});
