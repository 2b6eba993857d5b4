import { compilePathPattern } from './path-pattern.js';

/** The next `times` requests that match `method` and `path` answer `status`, or have their connection closed. */
export interface FaultRule {
  method?: string;
  path: string;
  status?: number;
  close?: boolean;
  /** How many matching requests the rule takes; 1 unless given. */
  times?: number;
}

export type ProfileName = 'starting' | 'app-not-running';

export interface FaultConfig {
  latency?: { minMs: number; maxMs: number };
  rules?: FaultRule[];
  /** `starting` answers 503 for `durationMs`; `app-not-running` refuses until cleared or for `durationMs`. */
  profile?: { name: ProfileName; durationMs?: number };
}

/** The faults in force, as the admin API shows them: rules with what is left of them. */
export interface FaultState {
  latency: { minMs: number; maxMs: number } | null;
  rules: Array<FaultRule & { remaining: number }>;
  profile: { name: ProfileName; remainingMs: number | null } | null;
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'status'; status: number }
  | { kind: 'close' }
  | { kind: 'starting'; retryAfterSeconds: number }
  | { kind: 'app-not-running' };

export const STARTING_DEFAULT_MS = 5000;

interface ActiveRule {
  rule: FaultRule;
  pattern: RegExp;
  remaining: number;
}

/** The faults of one mock session. Time is real time (`now` in ms), never the logical clock. */
export class FaultSet {
  #latency: FaultConfig['latency'] | null = null;
  #rules: ActiveRule[] = [];
  #profile: { name: ProfileName; until: number | null } | null = null;

  /** True when nothing is configured: the request path can skip faults altogether. */
  get empty(): boolean {
    return this.#latency === null && this.#rules.length === 0 && this.#profile === null;
  }

  configure(config: FaultConfig, now: number): void {
    this.#latency = config.latency ?? null;
    this.#rules = (config.rules ?? []).map((rule) => ({
      rule: { ...rule },
      pattern: compilePathPattern(rule.path),
      remaining: rule.times ?? 1,
    }));
    const profile = config.profile;
    const duration = profile?.durationMs ?? (profile?.name === 'starting' ? STARTING_DEFAULT_MS : undefined);
    this.#profile = profile ? { name: profile.name, until: duration === undefined ? null : now + duration } : null;
  }

  clear(): void {
    this.#latency = null;
    this.#rules = [];
    this.#profile = null;
  }

  /** The profile in force at `now`, if any. */
  profile(now: number): ProfileName | null {
    if (this.#profile?.until != null && now >= this.#profile.until) this.#profile = null;
    return this.#profile?.name ?? null;
  }

  state(now: number): FaultState {
    const name = this.profile(now);
    return {
      latency: this.#latency ?? null,
      rules: this.#rules.map(({ rule, remaining }) => ({ ...rule, remaining })),
      profile: name === null ? null : { name, remainingMs: this.#profile!.until === null ? null : this.#profile!.until - now },
    };
  }

  /** What to do with a request now. A matching rule is used up by one. */
  decide(method: string, path: string, now: number): FaultDecision {
    const name = this.profile(now);
    if (name === 'app-not-running') return { kind: 'app-not-running' };
    if (name === 'starting') return { kind: 'starting', retryAfterSeconds: Math.max(1, Math.ceil((this.#profile!.until! - now) / 1000)) };
    const index = this.#rules.findIndex(({ rule, pattern }) => (rule.method === undefined || rule.method === method) && pattern.test(path));
    if (index < 0) return { kind: 'none' };
    const active = this.#rules[index]!;
    if (--active.remaining <= 0) this.#rules.splice(index, 1);
    return active.rule.close ? { kind: 'close' } : { kind: 'status', status: active.rule.status ?? 500 };
  }

  /** A delay in ms drawn from the latency range with `random` in [0, 1), or 0. */
  latency(random: () => number): number {
    if (!this.#latency) return 0;
    const { minMs, maxMs } = this.#latency;
    return Math.round(minMs + random() * (maxMs - minMs));
  }
}
