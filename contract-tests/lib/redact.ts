export const SECRET_KEY = /(^|\.)(password|username|domain)$/i;

/** A copy of a request or response body with credential values replaced, for reports and logs. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) && typeof item === 'string' ? '[redacted]' : redact(item)]),
  );
}

/** Raw text with JSON credential values replaced (for bodies that are not parsed). */
export function redactText(text: string): string {
  return text.replace(/("(?:[\w.]*\.)?(?:password|username|domain)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, '$1"[redacted]"');
}
