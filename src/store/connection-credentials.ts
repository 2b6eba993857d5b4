import { DomainError } from './domain-error.js';
import type { StorePolicies } from './store-policies.js';
import type { Credentials, Protocol } from './types.js';

/**
 * The credential keys a connection of `protocol` takes of those given: all of them, unless the policy
 * takes only the connection's own protocol's keys (a connection with no protocol, or one the policy lists
 * no keys for, takes every key); another protocol's key is then refused or dropped.
 */
export function acceptedCredentials(protocol: Protocol | null, given: Credentials, policy: StorePolicies['credentials']): Credentials {
  const own = policy.accept === 'own-protocol' && protocol !== null ? policy.byProtocol[protocol] : undefined;
  if (!own) return given;
  const accepted: Credentials = {};
  for (const [key, value] of Object.entries(given)) {
    if (own.includes(key)) accepted[key] = value;
    else if (policy.other === 'refuse') throw new DomainError('invalid-input', `is not a credential of ${protocol} connections`, key);
  }
  return accepted;
}

/** A DELETE of credentials when there are none, for a policy that refuses it. */
export function requireSomeCredentials(credentials: Credentials, policy: StorePolicies['credentials'], what: string): void {
  if (policy.deleteWhenNone === 'refuse' && Object.keys(credentials).length === 0) {
    throw new DomainError('no-credentials', `${what} has no credentials to delete`);
  }
}
