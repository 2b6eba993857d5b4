import { defineConfig } from 'vitest/config';

/** Does nothing unless scripts/check-secret-leaks.sh runs the tests: then it keeps every answer that must hold no secret. */
const LEAK_CHECK = 'tests/leak-check/capture-answers.ts';

export default defineConfig({
  test: {
    projects: [
      // Needs no build: `npm run test:unit`.
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'openapi-reader/**/*.test.ts', 'contract-tests/lib/**/*.test.ts'] } },
      // The contract kit against the mock it starts (black-box, from dist/): one test per scenario.
      {
        test: {
          name: 'contract',
          include: ['contract-tests/*.test.ts'],
          setupFiles: [LEAK_CHECK],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/parallel/**'],
          setupFiles: [LEAK_CHECK],
          testTimeout: 20_000,
          // Says loudly when the browser tests are skipped for want of Chromium.
          globalSetup: ['tests/browser/helpers/report-missing-browser.ts'],
        },
      },
      // Imports remotix-mock by its package name, as a user would: it runs against the built package.
      { test: { name: 'examples', include: ['examples/**/*.test.ts'] } },
      {
        // Four workers share one server, each in its own X-Mock-Session.
        test: {
          name: 'parallel-sessions',
          include: ['tests/parallel/**/*.test.ts'],
          globalSetup: ['tests/parallel/global-setup.ts'],
          setupFiles: [LEAK_CHECK],
          pool: 'forks',
          maxWorkers: 4,
          fileParallelism: true,
          // Runs after the other projects, in a group of its own (its worker count differs).
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
        },
      },
    ],
  },
});
