import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/start-mock.js';
import { eventually } from './helpers/eventually.js';
import { type Chromium, openChromium, skipReason } from './helpers/open-chromium.js';

describe.skipIf(skipReason !== undefined)(
  `the dashboard in front of a deviating Remotix${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  { timeout: 60_000 },
  () => {
    let upstream: Server;
    let mock: Mock;
    let browser: Chromium;
    beforeAll(async () => {
      upstream = createServer((req, res) => {
        if (req.url === '/groups') res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{"connections":[]}');
      }).listen(0, '127.0.0.1');
      await once(upstream, 'listening');
      mock = await startMock({ proxy: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` });
      browser = await openChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await mock?.close();
      upstream?.close();
    });

    it('shows each proxied request’s deviations, and which ones agree', async () => {
      await fetch(`${mock.url}/groups`);
      await fetch(`${mock.url}/nearby`);
      const { page, errors } = await browser.openPage(mock.url);
      await page.goto(`${mock.url}/__admin/`);
      const cells = page.locator('#requests tbody tr:not(.empty) td.deviations');
      await eventually(() => cells.count()).toBe(2);
      expect(await cells.evaluateAll((tds) => tds.map((td) => td.textContent))).toEqual(['agrees', 'body (assumed)']);
      expect(await page.locator('#requests td.deviations .deviation').getAttribute('title')).toMatch(/must be object/);
      expect(errors).toEqual([]);
    });
  },
);
