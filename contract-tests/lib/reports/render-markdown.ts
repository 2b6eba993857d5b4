import type { CheckResult } from '../check-result.js';
import type { KitReport } from './build-report.js';

const RESULT_LABEL = {
  pass: '✅ pass',
  fail: '❌ fail',
  difference: '🔶 observed difference',
  'could-not-check': '❔ could not check',
  'not-tested': '⏭️ not tested',
} as const;

/** The compatibility report: readable on its own, by someone who has not seen the run. */
export function renderMarkdown(report: KitReport): string {
  return [
    ...header(report),
    ...operationsTable(report),
    ...coverageSection(report),
    ...findings(
      'Failures',
      'These break the contract.',
      report.results.filter((r) => r.outcome === 'fail'),
    ),
    ...findings(
      'Could not check',
      'The kit could not read what it needed to judge these (an answer in a shape it could not read, an item it could not find): they are not passes. Each says what it could not read and what it therefore did not try.',
      report.results.filter((r) => r.outcome === 'could-not-check'),
    ),
    ...findings(
      'Observed differences',
      'The target behaves differently from what the document *assumes* (marked `x-remotix-source: assumed`, see `docs/decisions/`). They do not fail the run against a real Remotix; they show how it really behaves.',
      report.results.filter((r) => r.outcome === 'difference'),
    ),
    ...safetySection(report),
  ].join('\n');
}

function header(report: KitReport): string[] {
  const { verdict, target, counts } = report;
  const kind = target.startedByKit ? 'remotix-mock, started by the kit' : target.isMock ? 'remotix-mock' : 'not the mock';
  const binding = target.strict ? 'assumed behaviour binds (a deviation fails)' : 'assumed behaviour is reported as observed differences';
  const lines = [`# Remotix contract report${report.label ? `: ${escapeCell(report.label)}` : ''}`, '', `**${verdict.headline}**`, ''];
  if (!verdict.full) {
    lines.push(`> ⚠️ **This is NOT a full compatibility verdict.**`);
    for (const reason of verdict.reasons) lines.push(`> - ${escapeCell(reason)}`);
    lines.push('');
  }
  lines.push(
    '| | |',
    '|---|---|',
    `| Target | ${report.label ? `${escapeCell(report.label)}, ` : ''}${escapeCell(target.url)} (${kind}; ${binding}) |`,
    `| Flags | ${flagsLine(report)} |`,
    `| Run id | \`${report.runId}\` (run log \`${escapeCell(report.runLog)}\`) |`,
    `| Time | ${report.startedAt} to ${report.finishedAt} |`,
    `| Checks | ${counts.checks}: ${counts.passed} passed, ${counts.failed} failed, ${counts.differences} observed differences, ${counts.couldNotCheck} could not check |`,
    `| Kit | remotix-contract ${report.kit.version} |`,
    '',
  );
  return lines;
}

function flagsLine(report: KitReport): string {
  const flags = report.flags.map((f) => `\`${f}\``).join(' ');
  if (report.target.startedByKit) return `${flags ? `${flags}; ` : ''}none needed: against the mock it started, the kit may do everything`;
  return flags || 'none: the run only read';
}

function operationsTable(report: KitReport): string[] {
  const rows = report.operations.map((o) => {
    const statuses = o.statuses.length > 0 ? `; answers seen: ${o.statuses.join(', ')}` : '';
    return `| \`${o.method} ${o.path}\` (${o.operationId}) | ${RESULT_LABEL[o.result]} | ${escapeCell(o.detail)}${o.result === 'not-tested' ? '' : statuses} |`;
  });
  const legend = [
    '✅ every check held · ❌ breaks the contract: a documented behaviour, or, when assumed behaviour binds (the mock, `--strict`), any behaviour of the document',
    '· 🔶 differs from a behaviour the document only *assumes* (`x-remotix-source: assumed`, explained in `docs/decisions/`): reported, not failed',
    '· ❔ could not check: the kit could not read what it needed to judge (never a pass), or only error answers of the operation were judged',
    '· ⏭️ not tested, with what it would need.',
  ];
  return ['## Operations', '', '| Operation | Result | Detail |', '|---|---|---|', ...rows, '', ...legend, ''];
}

function coverageSection(report: KitReport): string[] {
  const { operations, statuses, documentedStatuses } = report.coverage;
  const pathChecks = report.results.filter((r) => r.operationId === null && r.check === 'unsupported-method');
  const lines = [
    '## Coverage',
    '',
    `- Operations exercised (their success path ran and was judged): **${operations.exercised}/${operations.total}**${operations.onlyErrors.length > 0 ? `; only error answers judged: ${operations.onlyErrors.join(', ')}` : ''}`,
    `- Status codes in the document exercised: **${statuses.exercised}/${statuses.total}**; of the documented ones (the 200s): **${documentedStatuses.exercised}/${documentedStatuses.total}**`,
    `- Unsupported-method probes: ${pathChecks.length > 0 ? `${pathChecks.filter((r) => r.outcome === 'pass').length}/${pathChecks.length} checks passed` : 'none (they need --allow-negative)'}`,
    '',
    '| Scenario | Ran |',
    '|---|---|',
    ...report.scenarios.map(
      (s) =>
        `| ${escapeCell(s.title)} | ${s.ran ? (s.stopped ? 'stopped before its end (see its findings)' : 'yes') : `no: ${escapeCell(s.reason ?? 'interrupted')}`} |`,
    ),
    '',
  ];
  if (statuses.missing.length > 0)
    lines.push(
      `<details><summary>Status codes in the document not exercised (${statuses.missing.length})</summary>`,
      '',
      statuses.missing.join(', '),
      '',
      '</details>',
      '',
    );
  return lines;
}

/** Findings that differ only in ids are one finding, "seen N times", shown with its first exchange. */
function grouped(results: readonly CheckResult[]): Array<{ result: CheckResult; count: number }> {
  const groups = new Map<string, { result: CheckResult; count: number }>();
  for (const result of results) {
    const shape = result.message
      .replace(/rc-\d{14}-[0-9a-f]{4}/g, '{run}')
      .replace(/[0-9A-F]{4}-[0-9A-F]{4}/g, '{uid}')
      .replace(/\/\d+/g, '/{n}');
    const key = `${result.operationId} ${result.check} ${result.source} ${shape}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { result, count: 1 });
  }
  return [...groups.values()];
}

function findings(title: string, intro: string, results: readonly CheckResult[]): string[] {
  if (results.length === 0) return [];
  const lines = [`## ${title} (${results.length})`, '', intro, ''];
  grouped(results).forEach(({ result, count }, i) => {
    const times = count > 1 ? ` (seen ${count} times; the first is shown)` : '';
    lines.push(
      `### ${i + 1}. ${result.operationId ?? 'the run'}: ${result.check} (${result.source})${times}`,
      '',
      escapeCell(result.message),
      '',
    );
    if (result.exchange) {
      const { request, response } = result.exchange;
      lines.push('```http', `${request.method} ${request.path}`);
      if (request.body !== undefined)
        lines.push(
          `Content-Type: ${request.contentType ?? ''}`,
          '',
          typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
        );
      lines.push('', response ? `→ ${response.status} ${response.contentType ?? '(no Content-Type)'}` : '→ (no answer)');
      if (response)
        lines.push(
          typeof response.body === 'string' ? response.body.slice(0, 2000) : JSON.stringify(response.body, null, 2).slice(0, 2000),
        );
      lines.push('```', '');
    }
  });
  return lines;
}

function safetySection(report: KitReport): string[] {
  const { snapshot, cleanup } = report;
  const snapshotLine = !snapshot.compared
    ? 'No before/after comparison was made (the run was interrupted, or the first read failed).'
    : snapshot.differences.length === 0
      ? 'The snapshots of everything a client can read (groups, their items, every computer with its connections, settings and credentials), taken before and after the run, match.'
      : `The target changed beyond what the run created:\n\n${snapshot.differences.map((d) => `- ${escapeCell(d)}`).join('\n')}`;
  return [
    '## Safety',
    '',
    snapshotLine,
    '',
    cleanup.complete
      ? `Cleanup: ${cleanup.done.length > 0 ? `it removed or put back what the scenarios had left (${cleanup.done.length} requests); ` : ''}${cleanup.statement}.`
      : `Cleanup is incomplete; run \`remotix-contract cleanup --run ${report.runId}\` to retry:\n\n${cleanup.failed.map((f) => `- ${escapeCell(f)}`).join('\n')}`,
    '',
  ];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
