import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * Debian's chromium package (`apt-get install -y chromium`), driven by playwright-core: no downloaded browser.
 * REMOTIX_TEST_CHROMIUM names another build.
 */
export const CHROMIUM = process.env.REMOTIX_TEST_CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests are skipped here, or undefined when they run. In CI they always run. */
export const skipReason: string | undefined =
  !existsSync(CHROMIUM) && !process.env.CI ? `${CHROMIUM} is absent (apt-get install -y chromium); CI runs these tests` : undefined;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  /** A new tab that may reach only `origin` (or these origins): any other request is aborted and recorded in `foreign`. */
  openPage(origin: string | readonly string[]): Promise<GuardedPage>;
  close(): Promise<void>;
}

export interface GuardedPage {
  page: Page;
  /** Requests the page made to anywhere but the mock. */
  foreign: string[];
  /** Uncaught errors and console errors (a CSP refusal is one). */
  errors: string[];
}

export interface ChromiumOptions {
  /** More command-line switches, e.g. `--host-resolver-rules=MAP evil.example 127.0.0.1`. */
  args?: readonly string[];
}

/** Headless Chromium with a fresh profile in a temporary folder, removed on close. */
export async function openChromium(options: ChromiumOptions = {}): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), 'remotix-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...ARGS, ...(options.args ?? [])],
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    openPage: (origin) => openGuardedPage(context, origin),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function openGuardedPage(context: BrowserContext, origins: string | readonly string[]): Promise<GuardedPage> {
  const allowed = new Set(typeof origins === 'string' ? [origins] : origins);
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.has(new URL(url).origin)) return route.fallback();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, foreign, errors };
}
