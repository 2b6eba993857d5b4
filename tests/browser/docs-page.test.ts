import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/start-mock.js';
import { eventually } from './helpers/eventually.js';
import { type Chromium, openChromium, skipReason } from './helpers/open-chromium.js';

describe.skipIf(skipReason !== undefined)(
  `the docs page at /__admin/docs${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  { timeout: 60_000 },
  () => {
    let mock: Mock;
    let browser: Chromium;
    beforeAll(async () => {
      [mock, browser] = await Promise.all([startMock({ port: 0 }), openChromium()]);
    }, 60_000);
    beforeEach(() => mock.reset());
    afterAll(async () => {
      await browser?.close();
      await mock?.close();
    }, 60_000);

    it('shows both documents, ACTION operations included, with every file from the mock itself', async () => {
      const { page, foreign, errors } = await browser.openPage(mock.url);
      const loaded: string[] = [];
      page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
      await page.goto(`${mock.url}/__admin/docs`);

      await eventually(() => page.locator('.information-container .title').textContent()).toContain('Remotix HTTP API');
      const methods = await page.locator('.opblock-summary-method').allTextContents();
      expect(methods.filter((method) => method === 'ACTION')).toHaveLength(3);
      expect(await page.locator('.opblock').count()).toBe(24);

      await page.locator('.topbar select').selectOption({ label: 'remotix-mock admin API' });
      await eventually(() => page.locator('.information-container .title').textContent()).toContain('remotix-mock admin API');
      await eventually(() => page.locator('#operations-journals-listActions').count()).toBe(1);

      expect(foreign, 'requests to anywhere but the mock').toEqual([]);
      expect(errors).toEqual([]);
      expect(loaded).toEqual(
        expect.arrayContaining([
          '/__admin/ui/swagger-ui-bundle.js',
          '/__admin/ui/swagger-ui.css',
          '/__admin/docs/remotix.yaml',
          '/__admin/docs/admin.yaml',
        ]),
      );
      await page.close();
    });

    it('sends a real ACTION from "Try it out", to the mock that serves the page', async () => {
      const { page, foreign, errors } = await browser.openPage(mock.url);
      await page.goto(`${mock.url}/__admin/docs`);
      const operation = page.locator('#operations-actions-connectConnection');
      await operation.locator('.opblock-summary-control').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      await operation.locator('input[placeholder="uid"]').fill('1000-0002');
      await operation.getByRole('button', { name: 'Execute' }).click();

      await eventually(() => operation.locator('.live-responses-table .response .response-col_status').textContent()).toContain('200');
      expect(mock.actions()).toMatchObject([{ method: 'ACTION', path: '/connection/1000-0002/connect', action: 'connect' }]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
