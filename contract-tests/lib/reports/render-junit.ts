import type { CheckResult } from '../check-result.js';
import type { KitReport } from './build-report.js';

/**
 * JUnit XML for CI: one testsuite per scenario and one testcase per check. A failure is `<failure>`; an
 * observed difference is `<skipped>` (it does not fail the build, and CI dashboards show it), with the
 * exchange in `<system-out>`; an operation not tested is a `<skipped>` testcase in the suite "not tested".
 */
export function renderJunit(report: KitReport): string {
  const byScenario = new Map<string, CheckResult[]>();
  for (const result of report.results) byScenario.set(result.scenario, [...(byScenario.get(result.scenario) ?? []), result]);
  const suites = [...byScenario].map(([scenario, results]) =>
    suite(
      scenario,
      results.map(testcase),
      results.filter((r) => r.outcome === 'fail').length,
      results.filter((r) => r.outcome === 'difference' || r.outcome === 'could-not-check').length,
    ),
  );
  const untested = report.operations.filter((o) => o.result === 'not-tested');
  if (untested.length > 0) {
    const cases = untested.map(
      (o) =>
        `    <testcase classname="remotix-contract.not-tested" name="${xml(`${o.operationId} (${o.method} ${o.path})`)}">\n      <skipped message="${xml(`not tested: ${o.detail}`)}"/>\n    </testcase>`,
    );
    suites.push(suite('not tested', cases, 0, untested.length));
  }
  const tests = report.results.length + untested.length;
  const skipped = report.counts.differences + report.counts.couldNotCheck + untested.length;
  const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  const properties = [
    ['run-id', report.runId],
    ['target', report.target.url],
    ['label', report.label ?? ''],
    ['flags', report.flags.join(' ')],
    ['verdict', report.verdict.headline],
  ].map(([name, value]) => `      <property name="${name}" value="${xml(value!)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="remotix-contract" tests="${tests}" failures="${report.counts.failed}" errors="0" skipped="${skipped}" time="${seconds}">`,
    `  <testsuite name="run" tests="0" failures="0" errors="0" skipped="0">\n    <properties>\n${properties.join('\n')}\n    </properties>\n  </testsuite>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function suite(name: string, cases: string[], failures: number, skipped: number): string {
  return `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`;
}

function testcase(result: CheckResult): string {
  const name = `${result.operationId ?? 'run'} · ${result.check} · ${result.message}`.slice(0, 400);
  const open = `    <testcase classname="remotix-contract.${xml(result.scenario)}" name="${xml(name)}">`;
  const exchange = result.exchange ? xml(JSON.stringify(result.exchange, null, 2)) : '';
  if (result.outcome === 'fail') {
    return `${open}\n      <failure message="${xml(result.message)}" type="${result.check} (${result.source})">${exchange}</failure>\n    </testcase>`;
  }
  if (result.outcome === 'could-not-check') {
    return `${open}\n      <skipped message="${xml(`could not check (${result.source}): ${result.message}`)}"/>\n      <system-out>${exchange}</system-out>\n    </testcase>`;
  }
  if (result.outcome === 'difference') {
    return `${open}\n      <skipped message="${xml(`observed difference (${result.source}): ${result.message}`)}"/>\n      <system-out>${exchange}</system-out>\n    </testcase>`;
  }
  return `${open}</testcase>`;
}

function xml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters: they are what is replaced
      .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}
