import type { Contract } from '../contract.js';

export interface Coverage {
  /** Operations whose success path (a 200) ran and was judged; error answers (a 404 probe) do not count. */
  operations: { exercised: number; total: number; onlyErrors: string[] };
  /** Status codes the document declares, per operation, that the run saw. */
  statuses: { exercised: number; total: number; missing: string[] };
  /** The same, for the responses marked `documented` (the 200s). */
  documentedStatuses: { exercised: number; total: number };
}

export function summarizeCoverage(
  contract: Contract,
  observed: ReadonlyMap<string, ReadonlySet<number>>,
  succeeded: ReadonlySet<string>,
): Coverage {
  let total = 0;
  let exercised = 0;
  let documentedTotal = 0;
  let documentedExercised = 0;
  const missing: string[] = [];
  for (const operation of contract.operations) {
    const seen = observed.get(operation.operationId) ?? new Set<number>();
    for (const [status, response] of Object.entries(operation.responses)) {
      const hit = seen.has(Number(status));
      const documented = response['x-remotix-source'] === 'documented';
      total += 1;
      exercised += hit ? 1 : 0;
      documentedTotal += documented ? 1 : 0;
      documentedExercised += documented && hit ? 1 : 0;
      if (!hit) missing.push(`${operation.operationId} ${status}`);
    }
  }
  const ids = contract.operations.map((o) => o.operationId);
  return {
    operations: {
      exercised: ids.filter((id) => succeeded.has(id)).length,
      total: ids.length,
      onlyErrors: ids.filter((id) => observed.has(id) && !succeeded.has(id)),
    },
    statuses: { exercised, total, missing },
    documentedStatuses: { exercised: documentedExercised, total: documentedTotal },
  };
}
