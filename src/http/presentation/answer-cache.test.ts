import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';

describe('AnswerCache', () => {
  it('gives a kept text back while the version stays, and none once it moved on', () => {
    const cache = new AnswerCache();
    expect(cache.get(1, 'a')).toBeUndefined();
    cache.set('a', 'text');
    expect(cache.get(1, 'a')).toBe('text');
    expect(cache.get(2, 'a')).toBeUndefined();
    expect(cache.get(1, 'a')).toBeUndefined();
  });

  it('keeps no long text, and a few entries at most', () => {
    const cache = new AnswerCache();
    cache.get(1, 'x');
    cache.set('long', 'x'.repeat(5000));
    expect(cache.get(1, 'long')).toBeUndefined();
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, key);
    expect(cache.get(1, 'e')).toBe('e');
    expect(cache.get(1, 'a')).toBeUndefined();
  });
});
