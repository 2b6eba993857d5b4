import { describe, expect, it } from 'vitest';
import { defaultKitOptions } from '../../contract-tests/lib/kit-options.js';
import { runKit } from '../../contract-tests/lib/run-kit.js';
import type { Deviation } from './deviations.js';
import { failuresOf, useKitFixture } from './kit-fixture.js';
import { reportErrors } from './report-errors.js';

const setUp = useKitFixture();

/** A fresh mock behind the proxy, and the whole kit run against it with every permission. */
async function judge(deviation?: Deviation) {
  const { proxy, reportDir } = await setUp(deviation ? { deviation } : {});
  const report = await runKit(
    defaultKitOptions({
      url: proxy.url,
      allowWrites: true,
      allowActions: true,
      allowNegative: true,
      allowComputerDelete: true,
      computer: '123456',
      reportDir,
    }),
  );
  return { report, failures: failuresOf(report) };
}

const DEVIATIONS: Array<[string, Deviation, RegExp]> = [
  [
    'a renamed response field (has_credentials → hasCredentials in group items)',
    { kind: 'rename-field', from: 'has_credentials', to: 'hasCredentials' },
    /^getGroup response-schema-conformance \(assumed\): .*must NOT have additional properties \(hasCredentials\)/m,
  ],
  [
    'a renamed field of a documented body (group_uid of the create answer)',
    { kind: 'rename-field', from: 'group_uid', to: 'groupUid', match: { method: 'PUT', path: /^\/group\/$/ } },
    /^createGroup response-schema-conformance \(documented\): .*group_uid/m,
  ],
  [
    'a changed status code (creating a group answers 201)',
    { kind: 'change-status', match: { method: 'PUT', path: /^\/group\/$/ }, from: 200, to: 201 },
    /^createGroup status-code-conformance \(documented\): .*answered 201/m,
  ],
  [
    'a refused ACTION (405)',
    { kind: 'refuse-action' },
    /^connectConnection expected-status \(documented\): ACTION \/connection\/.*answered 405/m,
  ],
  [
    'an ignored delete (200 without deleting)',
    { kind: 'ignore-delete', match: { method: 'DELETE', path: /^\/connection\/[^/]+$/ } },
    /^deleteConnection use-after-free \(documented\): a deleted connection is gone from its group/m,
  ],
  [
    'a server error (GET /nearby answers 500)',
    { kind: 'server-error', match: { method: 'GET', path: /^\/nearby$/ } },
    /^listNearby not-a-server-error \(documented\): GET \/nearby → 500/m,
  ],
  [
    'an item dropped from a list (the last group)',
    { kind: 'drop-list-item', match: { method: 'GET', path: /^\/groups$/ }, field: 'groups' },
    /^listGroups resource-availability \(documented\): a created group is in the list of groups at once/m,
  ],
];

describe('the contract kit against a deviating server', () => {
  it('passes, fully, when the proxy forwards faithfully', async () => {
    const { report, failures } = await judge();
    expect(failures).toEqual([]);
    expect(report.verdict).toMatchObject({ passed: true, full: true });
    expect(report.target).toMatchObject({ isMock: true, strict: true, startedByKit: false });
    expect(report.snapshot).toEqual({ compared: true, differences: [] });
    expect(reportErrors(report)).toEqual([]);
  });

  it.each(DEVIATIONS)('fails on %s, naming the symptom', async (_, deviation, symptom) => {
    const { report, failures } = await judge(deviation);
    expect(report.verdict.passed).toBe(false);
    expect(failures.join('\n')).toMatch(symptom);
  });
});
