import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokensMatch } from './require-bearer-token.js';

const expected = createHash('sha256').update('the-right-token').digest();

describe('tokensMatch', () => {
  it('matches the right token only', () => {
    expect(tokensMatch('the-right-token', expected)).toBe(true);
    expect(tokensMatch('the-right-tokem', expected)).toBe(false);
  });

  it('compares tokens of any length without throwing', () => {
    expect(tokensMatch('', expected)).toBe(false);
    expect(tokensMatch('x'.repeat(10_000), expected)).toBe(false);
  });
});
