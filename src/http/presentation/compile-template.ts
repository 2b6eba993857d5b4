import { DialectProblem } from '../../dialect/dialect-error.js';

/** A JSON value with `{{placeholders}}`, compiled once (`pointer` names it in the dialect, for errors): `fill(vars)` builds the value for one answer. */
export interface Template {
  /** Whether the value has no placeholder at all (then `fill` always returns the same value). */
  constant: boolean;
  fill(vars: Readonly<Record<string, unknown>>): unknown;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;
const WHOLE = /^\{\{\s*([A-Za-z_][\w-]*)\s*\}\}$/;
const ANY = /\{\{\s*[A-Za-z_][\w-]*\s*\}\}/;

/**
 * A string that is only `{{x}}` becomes the value of x, whatever its type (a number stays a number, the
 * errors list stays a list); inside a longer string, x is written as text. Everything else is kept as is.
 */
export function compileTemplate(value: unknown, known: readonly string[], pointer: string): Template {
  const fill = compile(value, known, pointer);
  if (!usesPlaceholder(value)) {
    const frozen = structuredClone(value);
    return { constant: true, fill: () => frozen };
  }
  return { constant: false, fill };
}

type Fill = (vars: Readonly<Record<string, unknown>>) => unknown;

function compile(value: unknown, known: readonly string[], at: string): Fill {
  if (typeof value === 'string') return compileString(value, known, at);
  if (Array.isArray(value)) {
    const items = value.map((item, i) => compile(item, known, `${at}/${i}`));
    return (vars) => items.map((item) => item(vars));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, compile(item, known, `${at}/${key}`)] as const);
    return (vars) => {
      const out: Record<string, unknown> = {};
      for (const [key, item] of entries) out[key] = item(vars);
      return out;
    };
  }
  return () => value;
}

function compileString(text: string, known: readonly string[], at: string): Fill {
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!known.includes(name!)) throw new DialectProblem(at, `{{${name}}} is not one of ${known.map((k) => `{{${k}}}`).join(', ')}`);
  }
  const whole = WHOLE.exec(text)?.[1];
  if (whole !== undefined) return (vars) => vars[whole] ?? null;
  if (!text.includes('{{')) return () => text;
  return (vars) => text.replace(PLACEHOLDER, (_, name: string) => textOf(vars[name]));
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function usesPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return ANY.test(value);
  if (Array.isArray(value)) return value.some(usesPlaceholder);
  if (value !== null && typeof value === 'object') return Object.values(value).some(usesPlaceholder);
  return false;
}
