import { describe, expect, it } from 'vitest';
import { createClock, LOGICAL_EPOCH } from './create-clock.js';
import { createRandom } from './create-random.js';

const draw = (seed: number | undefined, stream: string) => Array.from(createRandom(seed, stream).bytes(16));

describe('createRandom', () => {
  it('repeats the same bytes for the same seed and stream', () => {
    expect(draw(7, 'a')).toEqual(draw(7, 'a'));
  });

  it('differs between streams and between seeds', () => {
    expect(draw(7, 'a')).not.toEqual(draw(7, 'b'));
    expect(draw(7, 'a')).not.toEqual(draw(8, 'a'));
  });

  it('is not repeatable without a seed', () => {
    expect(draw(undefined, 'a')).not.toEqual(draw(undefined, 'a'));
  });
});

describe('createClock', () => {
  it('counts milliseconds from its epoch when logical', () => {
    const clock = createClock(true);
    expect([clock(), clock(), clock()]).toEqual([LOGICAL_EPOCH, LOGICAL_EPOCH + 1, LOGICAL_EPOCH + 2]);
  });

  it('follows real time otherwise', () => {
    const before = Date.now();
    expect(createClock(false)()).toBeGreaterThanOrEqual(before);
  });
});
