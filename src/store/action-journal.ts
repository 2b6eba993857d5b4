import type { ActionOrigin, ActionRecord, ActionTarget } from './types.js';

/** The ordered record of every accepted ACTION. Sequence numbers keep growing across `clear()`. */
export class ActionJournal {
  #entries: ActionRecord[] = [];
  #seq = 0;

  constructor(private readonly now: () => Date) {}

  append(origin: ActionOrigin, target: ActionTarget, action: string): ActionRecord {
    const entry: ActionRecord = {
      seq: ++this.#seq,
      time: this.now().toISOString(),
      method: origin.method,
      path: origin.path,
      target,
      action,
    };
    this.#entries.push(entry);
    return structuredClone(entry);
  }

  list(): ActionRecord[] {
    return structuredClone(this.#entries);
  }

  clear(): void {
    this.#entries = [];
  }

  /** Forget everything, sequence numbers included, as after a fresh start. */
  reset(): void {
    this.#entries = [];
    this.#seq = 0;
  }
}
