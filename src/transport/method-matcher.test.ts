import { describe, expect, it } from 'vitest';
import { createMethodMatcher, type MethodMatcher } from './method-matcher.js';

function read(matcher: MethodMatcher, token: string): number {
  let state = matcher.start;
  for (const byte of Buffer.from(token, 'latin1')) {
    state = matcher.transitions[state * matcher.width + (matcher.column[byte] as number)] as number;
    if (state === -1) return -1;
  }
  return state;
}

describe('createMethodMatcher', () => {
  const matcher = createMethodMatcher(['ACTION', 'REBOOT'], ['GET', 'ACL', 'CONNECT', 'COPY']);

  it('tells extension methods, CONNECT and the methods Node knows apart', () => {
    expect(['ACTION', 'REBOOT', 'CONNECT', 'GET', 'ACL'].map((token) => matcher.kind(read(matcher, token)))).toEqual([
      'extension',
      'extension',
      'connect',
      'node',
      'node',
    ]);
    expect(matcher.method(read(matcher, 'ACTION'))).toBe('ACTION');
  });

  it('knows no prefix, suffix or case variant as a method', () => {
    for (const token of ['AC', 'ACTIO', 'CO']) expect(matcher.kind(read(matcher, token)), token).toBeNull();
    for (const token of ['ACTIONS', 'CTION', 'action', 'GETX', 'X']) expect(read(matcher, token), token).toBe(-1);
  });

  it('is built once per set of methods', () => {
    expect(createMethodMatcher(['ACTION', 'REBOOT'], ['GET', 'ACL', 'CONNECT', 'COPY'])).toBe(matcher);
  });
});
