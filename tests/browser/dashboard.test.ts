import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-paths.js';
import { type Mock, startMock } from '../../src/start-mock.js';
import { eventually } from './helpers/eventually.js';
import { type Chromium, type GuardedPage, openChromium, skipReason } from './helpers/open-chromium.js';

const SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'dashboard.png');

/** A call to the mock from the test itself (Node's fetch, a real socket), as an integration would make it. */
async function api(mock: Mock, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const response = await fetch(`${mock.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function openDashboard(browser: Chromium, mock: Mock): Promise<GuardedPage> {
  const guarded = await browser.openPage(mock.url);
  await guarded.page.goto(`${mock.url}/__admin/`);
  await guarded.page.locator('#status.ok').waitFor();
  return guarded;
}

const rows = (page: Page, table: string) => page.locator(`#${table} tbody tr:not(.empty)`);

describe.skipIf(skipReason !== undefined)(
  `the dashboard at /__admin/${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  { timeout: 60_000 },
  () => {
    let mock: Mock;
    let browser: Chromium;
    let open: GuardedPage | undefined;
    beforeAll(async () => {
      [mock, browser] = await Promise.all([startMock({ port: 0 }), openChromium()]);
    }, 60_000);
    beforeEach(() => mock.reset());
    afterEach(async () => {
      if (!open) return;
      expect(open.foreign, 'requests to anywhere but the mock').toEqual([]);
      await open.page.close();
      open = undefined;
    });
    afterAll(async () => {
      await browser?.close();
      await mock?.close();
    }, 60_000);

    it('shows a connection created and an ACTION fired through the API as they happen, with status colours', async () => {
      open = await openDashboard(browser, mock);
      const { page } = open;
      const created = await api(mock, 'PUT', '/connection/', { name: 'Kiosk 7', category_uid: '0123-CDEF' });
      expect(created.status).toBe(200);
      const uid = created.body.uid as string;
      expect((await api(mock, 'ACTION', `/connection/${uid}/connect`)).status).toBe(200);
      expect((await api(mock, 'GET', '/group/FFFF-0000')).status).toBe(404);

      const item = page.locator(`#groups details[data-group-uid="0123-CDEF"] li[data-uid="${uid}"]`);
      await eventually(() => item.textContent()).toContain('Kiosk 7');
      const action = rows(page, 'actions').filter({ hasText: uid });
      await eventually(() => action.getAttribute('data-action')).toBe('connect');
      expect(await action.textContent()).toContain(`ACTION /connection/${uid}/connect`);
      await eventually(() => rows(page, 'requests').count()).toBe(3);
      expect(await rows(page, 'requests').evaluateAll((trs) => trs.map((tr) => [tr.children[2]!.textContent, tr.className]))).toEqual([
        ['GET', 's4xx'],
        ['ACTION', 's2xx'],
        ['PUT', 's2xx'],
      ]);
      await eventually(() => rows(page, 'remote-sessions').filter({ hasText: uid }).count()).toBe(1);
      await eventually(() => item.getAttribute('class')).toContain('live');
      expect(open.errors).toEqual([]);

      await mkdir(join(PACKAGE_ROOT, 'test-results'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    });

    it('ends a remote session, clears the journals and resets the state from its buttons', async () => {
      const { body } = await api(mock, 'PUT', '/connection/', { name: 'Scratch', category_uid: '4567-89AB' });
      await api(mock, 'ACTION', '/connection/1000-0001/connect');
      open = await openDashboard(browser, mock);
      const { page } = open;
      await eventually(() => rows(page, 'remote-sessions').count()).toBe(1);

      await page.locator('#remote-sessions button.end').click();
      await eventually(() => mock.remoteSessions().length).toBe(0);
      await eventually(() => rows(page, 'remote-sessions').count()).toBe(0);

      await page.locator('#clear-actions').click();
      await eventually(() => mock.actions().length).toBe(0);
      await eventually(() => page.locator('#actions tbody').textContent()).toBe('No ACTION yet.');

      await page.locator('#clear-requests').click();
      await eventually(() => mock.requests().length).toBe(0);
      await eventually(() => rows(page, 'requests').count()).toBe(0);

      await eventually(() => page.locator(`li[data-uid="${body.uid}"]`).count()).toBe(1);
      await page.locator('#reset-state').click();
      await eventually(() => page.locator(`li[data-uid="${body.uid}"]`).count()).toBe(0);
      expect(mock.state().connections.map((c) => c.uid)).not.toContain(body.uid);
      expect(open.errors).toEqual([]);
    });

    it('switches every call to the mock session picked, and back to the default one when it is dropped', async () => {
      const alice = { 'x-mock-session': 'dashboard-alice' };
      const mine = await api(mock, 'PUT', '/connection/', { name: 'Alice kiosk', category_uid: '0123-CDEF' }, alice);
      await api(mock, 'ACTION', `/connection/${mine.body.uid}/connect`, undefined, alice);
      await api(mock, 'ACTION', '/connection/1000-0002/connect');
      try {
        open = await openDashboard(browser, mock);
        const { page } = open;
        await eventually(() => rows(page, 'actions').filter({ hasText: '1000-0002' }).count()).toBe(1);
        expect(await page.locator(`li[data-uid="${mine.body.uid}"]`).count()).toBe(0);

        await page.locator('#session-picker').selectOption('dashboard-alice');
        await eventually(() => page.locator(`li[data-uid="${mine.body.uid}"]`).count()).toBe(1);
        await eventually(() => rows(page, 'actions').filter({ hasText: mine.body.uid }).count()).toBe(1);
        expect(await rows(page, 'actions').filter({ hasText: '1000-0002' }).count()).toBe(0);

        await page.locator('#clear-actions').click();
        await eventually(() => mock.actions({ session: 'dashboard-alice' }).length).toBe(0);
        expect(mock.actions()).toHaveLength(1);

        expect((await api(mock, 'DELETE', '/__admin/mock-sessions/dashboard-alice')).status).toBe(200);
        await eventually(() => page.locator('#session-picker').inputValue()).toBe('');
        await eventually(() => rows(page, 'actions').filter({ hasText: '1000-0002' }).count()).toBe(1);
        // A poll under way when the session was dropped may have made it again; the page calls it no more.
        await api(mock, 'DELETE', '/__admin/mock-sessions/dashboard-alice');
        const nextPoll = () => page.waitForRequest((request) => request.url().endsWith('/__admin/mock-sessions'));
        await nextPoll();
        await nextPoll();
        const alive = (await api(mock, 'GET', '/__admin/mock-sessions')).body.sessions.map((s: { name: string | null }) => s.name);
        expect(alive).toEqual([null]);
        expect(open.errors).toEqual([]);
      } finally {
        await api(mock, 'DELETE', '/__admin/mock-sessions/dashboard-alice');
      }
    });
  },
);

describe.skipIf(skipReason !== undefined)('the dashboard with --admin-token', { timeout: 60_000 }, () => {
  const TOKEN = 'dashboard-admin-token-0123';
  let mock: Mock;
  let browser: Chromium;
  beforeAll(async () => {
    [mock, browser] = await Promise.all([startMock({ port: 0, adminToken: TOKEN }), openChromium()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  }, 60_000);

  it('asks for the token, then sends it as a bearer token on every admin call', async () => {
    const { page, foreign } = await browser.openPage(mock.url);
    // The page and its files hold no state and load without the token; the page then asks for it.
    await page.goto(`${mock.url}/__admin/`);
    await page.locator('#token-form').waitFor({ state: 'visible' });
    expect(await page.locator('#status').textContent()).toBe('the admin API wants a token');

    await page.locator('#admin-token').fill(TOKEN);
    await page.locator('#token-form button[type=submit]').click();
    await page.locator('#status.ok').waitFor();
    await eventually(() => page.locator('#groups details').count()).toBe(3);
    expect(await page.locator('#token-form').isHidden()).toBe(true);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
