import type { FaultConfig, FaultRule, ProfileName } from './fault-set.js';

/**
 * The start-up faults of the default session, from the command line:
 * `--latency 100` or `--latency 50-200` (ms); `--fault "[METHOD ]PATH=STATUS[xTIMES]"` or
 * `--fault "[METHOD ]PATH=close[xTIMES]"`, repeatable; `--profile starting[:MS]` or `--profile app-not-running[:MS]`.
 * Throws an Error that says what is wrong with which flag.
 */
export function parseFaultFlags(flags: { latency?: string; faults?: readonly string[]; profile?: string }): FaultConfig | undefined {
  const config: FaultConfig = {};
  if (flags.latency !== undefined) config.latency = parseLatency(flags.latency);
  if (flags.faults !== undefined && flags.faults.length > 0) config.rules = flags.faults.map(parseRule);
  if (flags.profile !== undefined) config.profile = parseProfile(flags.profile);
  return Object.keys(config).length > 0 ? config : undefined;
}

function parseLatency(text: string): { minMs: number; maxMs: number } {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) throw new Error(`--latency takes MS or MIN-MAX in milliseconds, not ${text}`);
  const minMs = Number(match[1]);
  const maxMs = match[2] === undefined ? minMs : Number(match[2]);
  if (maxMs < minMs || maxMs > 60_000) throw new Error(`--latency ${text}: MIN must not exceed MAX, and MAX is at most 60000`);
  return { minMs, maxMs };
}

function parseRule(text: string): FaultRule {
  const match = /^(?:([A-Z]{1,16}) )?(\/\S*)=(?:(\d{3})|(close))(?:x(\d{1,7}))?$/.exec(text);
  if (!match) throw new Error(`--fault takes "[METHOD ]PATH=STATUS[xTIMES]" or "[METHOD ]PATH=close[xTIMES]", not ${JSON.stringify(text)}`);
  const [, method, path, status, close, times] = match;
  const rule: FaultRule = { path: path! };
  if (method !== undefined) rule.method = method;
  if (close !== undefined) rule.close = true;
  else if (Number(status) < 400 || Number(status) > 599) throw new Error(`--fault ${text}: the status must be from 400 to 599`);
  else rule.status = Number(status);
  if (times !== undefined) rule.times = Number(times);
  return rule;
}

function parseProfile(text: string): { name: ProfileName; durationMs?: number } {
  const match = /^(starting|app-not-running)(?::(\d{1,7}))?$/.exec(text);
  if (!match) throw new Error(`--profile takes starting[:MS] or app-not-running[:MS], not ${text}`);
  return match[2] === undefined ? { name: match[1] as ProfileName } : { name: match[1] as ProfileName, durationMs: Number(match[2]) };
}
