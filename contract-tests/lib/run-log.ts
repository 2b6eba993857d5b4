import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One line of a run log. Intents are written (and synced) before the request that acts on them is sent. */
export type RunLogEntry =
  | { type: 'run'; runId: string; url: string; startedByKit: boolean; computer?: string }
  | { type: 'creating'; kind: 'group' | 'connection'; name: string; group?: string }
  | { type: 'created'; kind: 'group' | 'connection'; id: string; name: string }
  | { type: 'adding-computer-connection'; computer: string; connection: string }
  /**
   * Before the first request that may change the --computer's main settings: the body that puts it back (in
   * the reference's request keys), and what it read as. `replaces` corrects an earlier original (a name key
   * learned later).
   */
  | { type: 'changing-computer'; computer: string; original: ComputerOriginal; before?: unknown; replaces?: boolean }
  /** Before the first request that may change one of its connections: the settings as read (credential values redacted). */
  | { type: 'changing-computer-connection'; computer: string; connection: string; original: Record<string, unknown> }
  /** Which key carries the id of the run's items in the target's lists, for a cleanup in another process. */
  | { type: 'learned'; kind: 'group' | 'connection' | 'computer'; idKey: string }
  | { type: 'restored'; computer: string; connection?: string }
  /** Before the one change cleanup cannot undo, allowed by --allow-computer-delete. */
  | { type: 'deleting-computer'; computer: string; before?: unknown }
  | { type: 'deleted'; kind: 'group' | 'connection' | 'computer-connection' | 'computer'; id: string; computer?: string }
  | { type: 'finished'; complete: boolean };

export interface ComputerOriginal {
  name?: string;
  category_uid?: string;
}

export type TimedEntry = RunLogEntry & { at: string };

export interface RunLog {
  readonly file: string;
  append(entry: RunLogEntry): Promise<void>;
  close(): Promise<void>;
}

export function runLogPath(reportDir: string, runId: string): string {
  return join(reportDir, 'runs', `${runId}.jsonl`);
}

/** An append-only JSON-lines file; every append is fsync'd before it resolves, so a kill loses no intent. */
export async function openRunLog(file: string): Promise<RunLog> {
  await mkdir(dirname(file), { recursive: true });
  const handle: FileHandle = await open(file, 'a');
  let queue: Promise<unknown> = Promise.resolve();
  return {
    file,
    append(entry) {
      const line = `${JSON.stringify({ ...entry, at: new Date().toISOString() })}\n`;
      const next = queue.then(async () => {
        await handle.write(line);
        await handle.sync();
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      await handle.close();
    },
  };
}

/** The entries of a run log; a torn last line (the process died mid-write) is ignored. */
export async function readRunLog(file: string): Promise<TimedEntry[]> {
  const text = await readFile(file, 'utf8');
  const entries: TimedEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line) as TimedEntry);
    } catch {
      // only the last line can be torn
    }
  }
  return entries;
}
