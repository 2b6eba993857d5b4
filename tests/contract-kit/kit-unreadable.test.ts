import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKitOptions } from '../../contract-tests/lib/kit-options.js';
import { runKit } from '../../contract-tests/lib/run-kit.js';
import { failuresOf, useKitFixture } from './kit-fixture.js';

const setUp = useKitFixture();
const EVERYTHING_BUT_DELETE = { allowWrites: true, allowActions: true, allowNegative: true, computer: '123456' };

/** A target the kit cannot fully read (the proxy hides /__admin, so it is not the mock). */
describe('the contract kit against answers it cannot read', () => {
  it('says what it could not read of an actions list, tries no ACTION from it, and states nothing it did not observe', async () => {
    const { proxy, reportDir } = await setUp({
      hideAdmin: true,
      deviation: {
        kind: 'replace-body',
        match: { method: 'GET', path: /^\/computer\/123456\/actions$/ },
        body: { offered: 'see the app' },
      },
    });
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir, ...EVERYTHING_BUT_DELETE }));
    expect(failuresOf(report)).toEqual([]);
    expect(
      proxy.requests.filter((r) => r.method === 'ACTION' && /^\/computer\/123456\/(chat|[^/]+\/\w+)$/.test(r.path) && r.status === 200),
    ).toEqual([]);
    const row = report.operations.find((o) => o.operationId === 'runComputerAction')!;
    expect(row.result).toBe('could-not-check');
    expect(report.results).toContainEqual(
      expect.objectContaining({
        operationId: 'runComputerAction',
        outcome: 'could-not-check',
        message: expect.stringContaining('could not be read'),
      }),
    );
    const reasons = report.operations.find((o) => o.operationId === 'chatWithComputer')!.detail;
    expect(reasons).toContain('could not be read');
    expect(JSON.stringify(report)).not.toMatch(/does not offer chat|chat is not in the actions list/);
    expect(report.verdict).toMatchObject({ passed: true, full: false });
    const markdown = await readFile(join(reportDir, 'report.md'), 'utf8');
    expect(markdown).toMatch(
      /\| `ACTION \/computer\/\{computer_id\}\/\{connection\}\/\{action\}` \(runComputerAction\) \| ❔ could not check \|/,
    );
    expect(markdown).toMatch(/## Could not check \(\d+\)/);
  });

  it('does not stop when the computer names its group under another key, and still moves it and puts it back', async () => {
    const { mock, proxy, reportDir } = await setUp({
      hideAdmin: true,
      deviation: { kind: 'rename-field', from: 'category_uid', to: 'folder', match: { method: 'GET', path: /^\/computer\/123456$/ } },
    });
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir, ...EVERYTHING_BUT_DELETE }));
    expect(failuresOf(report)).toEqual([]);
    expect(report.scenarios.find((s) => s.id === 'computer-settings')).toMatchObject({ ran: true, stopped: false });
    expect(report.results).toContainEqual(expect.objectContaining({ message: 'a moved computer is in its new group', outcome: 'pass' }));
    expect((report.learned as any).items.computer).toMatchObject({ groupKey: 'folder' });
    expect(((await (await fetch(`${mock.url}/computer/123456`)).json()) as { category_uid: string }).category_uid).toBe('0123-CDEF');
  });

  it('never deletes a group of the run that still lists the computer, even when the computer was not put back', async () => {
    // The move back to the computer's own group is answered 200 and ignored: the computer stays in the run's group.
    const { proxy, reportDir } = await setUp({
      hideAdmin: true,
      deviation: { kind: 'ignore', match: { method: 'PUT', path: /^\/computer\/123456$/, body: /"category_uid":"0123-CDEF"/ } },
    });
    const report = await runKit(defaultKitOptions({ url: proxy.url, reportDir, allowWrites: true, computer: '123456' }));
    const groupOfComputer = proxy.requests.find(
      (r) => r.method === 'PUT' && r.path === '/computer/123456' && /"category_uid"/.test(r.sent),
    )!;
    const runGroup = (JSON.parse(groupOfComputer.sent) as { category_uid: string }).category_uid;
    expect(proxy.requests.filter((r) => r.method === 'DELETE' && r.path === `/group/${runGroup}`)).toEqual([]);
    expect(failuresOf(report).join('\n')).toMatch(
      /^deleteGroup safety \(documented\): group \S+ of the run still lists .*123456.*, which is not the run's/m,
    );
    expect(report.cleanup.complete).toBe(false);
    expect(report.cleanup.failed.join('\n')).toContain(`group ${runGroup} of the run still lists`);
    expect(report.verdict.passed).toBe(false);
  });
});
