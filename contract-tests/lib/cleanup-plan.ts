import type { ComputerOriginal, TimedEntry } from './run-log.js';

/** What a run log says is left to undo: ids answered, and changes of the --computer not yet put back. */
export interface CleanupPlan {
  groups: Set<string>;
  connections: Set<string>;
  /** Computer id → the body that puts its main settings back, and what they read as before the run. */
  computers: Map<string, { original: ComputerOriginal; before?: unknown }>;
  /** `computer/connection` → settings to put back. */
  computerConnections: Map<string, Record<string, unknown>>;
  /** `computer/connection` the run added and has not deleted. */
  scratch: Set<string>;
  /** The keys that carry ids in the target's lists, as the run learned them. */
  idKeys: Partial<Record<'group' | 'connection' | 'computer', string>>;
  /** The run's id, from the log's first line. */
  runId: string;
  /** The run's --computer, never deleted by cleanup. */
  computer?: string;
  /** The --computer was deleted by the run (--allow-computer-delete). */
  computerDeleted: boolean;
}

/** A plan with nothing to undo. */
export function emptyPlan(): CleanupPlan {
  return {
    runId: '',
    groups: new Set(),
    connections: new Set(),
    computers: new Map(),
    computerConnections: new Map(),
    scratch: new Set(),
    idKeys: {},
    computerDeleted: false,
  };
}

export function planCleanup(entries: readonly TimedEntry[]): CleanupPlan {
  const plan = emptyPlan();
  for (const entry of entries) {
    switch (entry.type) {
      case 'run':
        plan.runId = entry.runId;
        if (entry.computer !== undefined) plan.computer = entry.computer;
        break;
      case 'created':
        (entry.kind === 'group' ? plan.groups : plan.connections).add(entry.id);
        break;
      case 'learned':
        plan.idKeys[entry.kind] ??= entry.idKey;
        break;
      case 'changing-computer': {
        const known = plan.computers.get(entry.computer);
        if (!known) plan.computers.set(entry.computer, { original: { ...entry.original }, before: entry.before });
        else known.original = entry.replaces ? { ...known.original, ...entry.original } : { ...entry.original, ...known.original };
        break;
      }
      case 'changing-computer-connection': {
        const key = `${entry.computer}/${entry.connection}`;
        plan.computerConnections.set(key, { ...entry.original, ...plan.computerConnections.get(key) });
        break;
      }
      case 'restored':
        if (entry.connection === undefined) plan.computers.delete(entry.computer);
        else plan.computerConnections.delete(`${entry.computer}/${entry.connection}`);
        break;
      case 'adding-computer-connection':
        plan.scratch.add(`${entry.computer}/${entry.connection}`);
        break;
      case 'deleted':
        if (entry.kind === 'group') plan.groups.delete(entry.id);
        if (entry.kind === 'connection') plan.connections.delete(entry.id);
        if (entry.kind === 'computer-connection') plan.scratch.delete(`${entry.computer}/${entry.id}`);
        if (entry.kind === 'computer') {
          plan.computerDeleted ||= entry.id === plan.computer;
          plan.computers.delete(entry.id);
          for (const key of [...plan.scratch, ...plan.computerConnections.keys()]) {
            if (key.startsWith(`${entry.id}/`)) {
              plan.scratch.delete(key);
              plan.computerConnections.delete(key);
            }
          }
        }
        break;
      default:
        break;
    }
  }
  return plan;
}
