import type { TimedEntry } from './run-log.js';

/** What a run log says is left to undo: ids answered, and changes of the --computer not yet put back. */
export interface CleanupPlan {
  groups: Set<string>;
  connections: Set<string>;
  /** Computer id → main settings to put back. */
  computers: Map<string, Record<string, unknown>>;
  /** `computer/connection` → settings to put back. */
  computerConnections: Map<string, Record<string, unknown>>;
  /** `computer/connection` the run added and has not deleted. */
  scratch: Set<string>;
}

export function planCleanup(entries: readonly TimedEntry[]): CleanupPlan {
  const plan: CleanupPlan = {
    groups: new Set(),
    connections: new Set(),
    computers: new Map(),
    computerConnections: new Map(),
    scratch: new Set(),
  };
  for (const entry of entries) {
    switch (entry.type) {
      case 'created':
        (entry.kind === 'group' ? plan.groups : plan.connections).add(entry.id);
        break;
      case 'changing-computer':
        if (!plan.computers.has(entry.computer)) plan.computers.set(entry.computer, entry.original);
        break;
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
          plan.computers.delete(entry.id);
          for (const key of plan.scratch) if (key.startsWith(`${entry.id}/`)) plan.scratch.delete(key);
        }
        break;
      default:
        break;
    }
  }
  return plan;
}
