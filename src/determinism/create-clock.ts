/** The epoch of the logical clock used in seeded mode. */
export const LOGICAL_EPOCH = Date.parse('2026-01-01T00:00:00.000Z');

/** The time source of a mock: milliseconds since the Unix epoch. */
export type Clock = () => number;

/**
 * Real time, or, when `logical` is set, a clock that starts at LOGICAL_EPOCH and advances by 1 ms at each
 * reading, so that every time a seeded mock reports is the same from run to run.
 */
export function createClock(logical: boolean): Clock {
  if (!logical) return Date.now;
  let now = LOGICAL_EPOCH;
  return () => now++;
}
