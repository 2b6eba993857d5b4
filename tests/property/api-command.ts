import type fc from 'fast-check';
import { expect } from 'vitest';
import type { ApiClient } from './api-client.js';
import type { ApiModel } from './api-model.js';
import { checkInvariants } from './check-invariants.js';

/** One request, planned against the model just before it is sent. */
export interface Step {
  method: string;
  path: string;
  body?: unknown;
  /** The status the model predicts. */
  expected: number;
  /** What an accepted (200) request changes in the model. */
  apply?: (model: ApiModel, answer: any) => void;
}

/**
 * A command of the model-based test: plans its request from the model (which ids exist decides between
 * 200, 404, 409 and 422), sends it over TCP, checks the status, updates the model, then checks every
 * invariant over HTTP. Its label, with the generated inputs, is what a counterexample prints.
 */
export class ApiCommand implements fc.AsyncCommand<ApiModel, ApiClient> {
  constructor(
    private readonly label: string,
    private readonly plan: (model: ApiModel) => Step,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: ApiModel, api: ApiClient): Promise<void> {
    const step = this.plan(model);
    const response = await api.send(step.method, step.path, step.body);
    const sent = `${step.method} ${step.path} ${JSON.stringify(step.body) ?? ''}`;
    expect(response.status, `${sent} answered ${JSON.stringify(response.body)}`).toBe(step.expected);
    if (response.status === 200) step.apply?.(model, response.body);
    await checkInvariants(api, model);
  }

  toString(): string {
    return this.label;
  }
}

/** `/group/{group_uid}` with `{ group_uid: 'x' }` → `/group/x`, each value percent-encoded. */
export function pathOf(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
}
