import { readFileSync } from 'node:fs';
import type { Mock } from '../../src/start-mock.js';

/** Everything a request could change, read in-process (no request of ours lands in a journal). */
export function everything(mock: Mock, session?: string): unknown {
  return {
    state: mock.state({ includeSecrets: true, session }),
    requests: mock.requests({ session }),
    actions: mock.actions({ session }),
    remoteSessions: mock.remoteSessions({ session }),
  };
}

/** The passwords of the default fixtures, found by their keys. */
export const FIXTURE_PASSWORDS: readonly string[] = (() => {
  const found: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string' && /password$/.test(key)) found.push(value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(readFileSync(new URL('../../fixtures/default.json', import.meta.url), 'utf8')));
  return found;
})();

/** A password no fixture holds, planted by the tests in bodies, keys of every spelling and fixture files. */
export const PLANTED = 'Planted-Hunter2-q7Zx';

/** Fails with the secret's name if `text` holds any fixture password or the planted one. */
export function secretsIn(text: string): string[] {
  return [...FIXTURE_PASSWORDS, PLANTED].filter((secret) => text.includes(secret));
}
