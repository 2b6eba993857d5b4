import { describe, expect, it } from 'vitest';
import { failures, useIndependentRemotix } from './python-remotix.js';

const judge = useIndependentRemotix();
/** None of these breaks needs the invalid-input suite or the computer's deletion to show. */
const FLAGS = ['--allow-writes', '--allow-actions', '--computer', '123456'];

/**
 * Each break of the independent Remotix violates one documented behaviour (its README's table). The kit must
 * exit 1 with a failure whose message names that behaviour: not an unrelated check, not an observed difference.
 * `credentials-put-ignored` runs with the default preset: there the target's items show which credential keys
 * are stored; with `extras=none` nothing the reference offers can show it, and the kit says "could not check".
 */
const BREAKS: Array<[string, string, RegExp]> = [
  ['null-no-reset', 'bare', /^updateComputerConnection state-after-change \(documented\): null resets \w+ of \w+ to its default/m],
  ['rename-noop', 'default', /^renameGroup state-after-change \(documented\): the list of groups shows a renamed group by its new name/m],
  ['rename-noop', 'bare', /^updateConnection state-after-change \(documented\): a renamed connection reads back with its new name/m],
  ['move-noop', 'default', /^updateConnection state-after-change \(documented\): a moved connection is in its new group/m],
  ['move-noop', 'strict', /^updateComputer state-after-change \(documented\): a moved computer is in its new group/m],
  [
    'partial-put-replaces',
    'default',
    /^updateComputerConnection state-after-change \(documented\): a partial update of \w+ changes \w+ and nothing else: .* changed too/m,
  ],
  [
    'computer-actions-refused',
    'bare',
    /^runComputerAction expected-status \(documented\): ACTION \S+, which the computer offers, is accepted: it answered 4\d\d/m,
  ],
  [
    'connection-connect-refused',
    'loose',
    /^connectConnection expected-status \(documented\): ACTION \/connection\/\S+\/connect answers 200: it answered 4\d\d/m,
  ],
  [
    'stale-group-list',
    'wrapped-other',
    /^createConnection resource-availability \(documented\): a created connection is in its group at once/m,
  ],
  ['create-not-listed', 'default', /^listGroups resource-availability \(documented\): a created group is in the list of groups at once/m],
  ['delete-still-readable', 'strict', /^getGroup use-after-free \(documented\): a deleted group answers 404: it answered 200/m],
  ['delete-still-listed', 'bare', /^deleteConnection use-after-free \(documented\): a deleted connection is gone from its group/m],
  [
    'credentials-put-ignored',
    'default',
    /^setConnectionCredentials state-after-change \(documented\): a connection shows that it has credentials after they are set/m,
  ],
  ['status-201-on-create', 'loose', /^createGroup status-code-conformance \(documented\): PUT \/group\/ → 201/m],
  ['server-error', 'wrapped-other', /^listNearby not-a-server-error \(documented\): GET \/nearby → 500/m],
  [
    'non-json-success',
    'default',
    /^deleteConnectionCredentials content-type-conformance \(documented\): DELETE \/connection\/\S+\/credentials → 200: Content-Type text\/plain/m,
  ],
  ['computer-rename-noop', 'strict', /^updateComputer state-after-change \(documented\): a renamed computer reads back with its new name/m],
  ['group-delete-noop', 'bare', /^deleteGroup use-after-free \(documented\): a deleted group is gone from the list of groups/m],
];

describe('the contract kit against an independent Remotix that breaks one documented behaviour', () => {
  it.each(BREAKS)('fails on the break %s (preset %s), naming it', async (name, preset, symptom) => {
    const { code, output, report } = await judge(['--preset', preset, '--break', name], FLAGS);
    expect(failures(report).join('\n')).toMatch(symptom);
    expect(code, output).toBe(1);
    expect(report.verdict).toMatchObject({ passed: false, headline: expect.stringMatching(/^FAIL/) });
  });

  it('does not say that nothing of the run is left when a delete that answered 200 left the groups behind', async () => {
    const { report, server } = await judge(['--preset', 'default', '--break', 'group-delete-noop'], ['--allow-writes']);
    const runId = report.runId;
    const left = ((await server.state()).groups as Array<Record<string, unknown>>).filter((g) => JSON.stringify(g).includes(runId));
    expect(left.length).toBeGreaterThan(0);
    expect(report.cleanup.complete).toBe(false);
    expect(report.cleanup.statement).toMatch(/^cleanup INCOMPLETE: .*still shows a name with the run id/);
    expect(report.cleanup.statement).not.toContain('nothing of the run is left');
  });
});
