import { skipReason } from './open-chromium.js';

/**
 * vitest globalSetup of the integration tests: without a browser, the tests of the dashboard and the docs
 * page are skipped (outside CI), which vitest shows only as "N skipped". This says so loudly, at the start and
 * again after the summary, where whoever ran the tests looks.
 */
export default function reportMissingBrowser(): (() => void) | undefined {
  if (skipReason === undefined) return undefined;
  const banner = () =>
    process.stderr.write(
      `\n${'!'.repeat(100)}\n!! THE BROWSER TESTS DID NOT RUN: ${skipReason}.\n!! The dashboard and the docs page are untested here.\n${'!'.repeat(100)}\n\n`,
    );
  banner();
  return banner;
}
