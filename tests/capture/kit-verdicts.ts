import type { KitReportJson } from '../independent-remotix/python-remotix.js';

/**
 * A report's verdicts, one line per check (scenario, operation, check, source, outcome), counted, without
 * the messages (which name ids, run ids and times). Against remotix-mock the kit holds assumed behaviour
 * binding, so an assumed `fail` there is what an assumed `difference` is against any other target.
 */
export function verdictsPerCheck(report: KitReportJson): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of report.results) {
    const outcome = r.outcome === 'fail' && r.source === 'assumed' ? 'difference' : r.outcome;
    const line = `${r.scenario} ${r.operationId ?? 'run'} ${r.check} (${r.source}): ${outcome}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}

/** The lines whose counts differ between two reports, with both counts, and a message of each side. */
export function differingVerdicts(real: KitReportJson, mock: KitReportJson): string[] {
  const a = verdictsPerCheck(real);
  const b = verdictsPerCheck(mock);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((line) => a.get(line) !== b.get(line))
    .sort()
    .map((line) => `${line}: ${a.get(line) ?? 0} against the independent server, ${b.get(line) ?? 0} against the mock`);
}
