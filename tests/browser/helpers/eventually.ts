import { expect } from 'vitest';

/**
 * `expect.poll` with room for pages that update on their own (the dashboard polls about once a second;
 * Swagger UI renders once the documents are in): up to 15 s, even on a busy machine, where vitest's
 * default is 1 s. Only an upper bound: it passes as soon as the value is right.
 */
export function eventually<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 15_000 });
}
