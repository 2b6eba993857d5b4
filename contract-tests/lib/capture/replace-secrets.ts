import { asObject } from '../shapes/json-walk.js';
import { placeholder } from './placeholder.js';
import type { CapturedFixture } from './to-fixture.js';

/** Credential keys that are not secret: usernames and domains stay as they are. */
const KEPT = /(^|[._-])(user(name)?|login|domain)$/i;
/** Outside credentials, keys that hold a secret all the same (a password among a connection's settings). */
const SECRET = /pass(word)?|secret|token|api[_-]?key/i;

/**
 * The fixture with every password replaced by a generated placeholder: in credentials, every value but
 * usernames and domains; elsewhere, every string under a key that names a secret. Returns how many it replaced.
 */
export function replaceSecrets(fixture: CapturedFixture): number {
  let replaced = 0;
  const inCredentials = (credentials: unknown) => {
    const object = asObject(credentials);
    if (!object) return;
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string' || KEPT.test(key)) continue;
      object[key] = placeholder();
      replaced += 1;
    }
  };
  const elsewhere = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) elsewhere(item);
      return;
    }
    const object = asObject(value);
    if (!object) return;
    for (const [key, item] of Object.entries(object)) {
      if (key === 'credentials') inCredentials(item);
      else if (typeof item === 'string' && SECRET.test(key)) {
        object[key] = placeholder();
        replaced += 1;
      } else elsewhere(item);
    }
  };
  elsewhere(fixture);
  return replaced;
}
