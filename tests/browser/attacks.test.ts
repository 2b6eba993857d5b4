import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/start-mock.js';
import { everything, secretsIn } from '../security/mock-state.js';
import { eventually } from './helpers/eventually.js';
import { type Chromium, openChromium, skipReason } from './helpers/open-chromium.js';

/** Names an attacker controls, all resolved to 127.0.0.1 by Chromium itself, as a rebinding DNS server would. */
const REBOUND = ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io'];
const ATTACKER = 'attacker.example';
const RULES = `--host-resolver-rules=${[...REBOUND, ATTACKER].map((name) => `MAP ${name} 127.0.0.1`).join(', ')}`;
/**
 * Chromium 142+ asks the user before a public page reaches a local address (Local Network Access); Firefox,
 * Safari and older Chromiums do not, and a user may say yes. The mock must hold without it: it is off here.
 */
const NO_LOCAL_NETWORK_PROMPT = '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests';

/** The few DOM names the page scripts use (the tests are type-checked without the DOM library). */
interface PageGlobals {
  document: { body: { insertAdjacentHTML(where: string, html: string): void }; getElementById(id: string): { submit(): void } };
  navigator: { sendBeacon(url: string, data?: unknown): boolean };
  Blob: new (parts: string[], options: { type: string }) => unknown;
}

interface Attempt {
  method: string;
  path: string;
  status?: number;
  text?: string;
  error?: string;
}

/** What the page under a rebound name tries: every password, then every kind of write. */
const REBINDING_ATTEMPTS: ReadonlyArray<[string, string, string?]> = [
  ['GET', '/computer/123456/RDP_3390/credentials'],
  ['GET', '/__admin/state?includeSecrets=true'],
  ['GET', '/__admin/requests'],
  ['PUT', '/connection/1000-0001/credentials', '{"rdp.password":"owned"}'],
  ['ACTION', '/connection/1000-0001/connect'],
  ['PUT', '/__admin/state', '{"groups":[],"connections":[],"computers":[],"nearby":[]}'],
  ['POST', '/__admin/reset'],
];

function attemptAll(page: Page, attempts: ReadonlyArray<[string, string, string?]>): Promise<Attempt[]> {
  return page.evaluate(async (list) => {
    const out: Attempt[] = [];
    for (const [method, path, body] of list) {
      try {
        const headers: Record<string, string> = body ? { 'content-type': 'application/json' } : {};
        const response = await fetch(path, { method, body, headers });
        out.push({ method, path, status: response.status, text: await response.text() });
      } catch (error) {
        out.push({ method, path, error: String(error) });
      }
    }
    return out;
  }, attempts);
}

describe.skipIf(skipReason !== undefined)('attacks from web pages, in headless Chromium', () => {
  let mock: Mock;
  let open: Mock;
  let browser: Chromium;
  let attacker: Server;
  const log: string[] = [];
  beforeAll(async () => {
    [mock, open, browser] = await Promise.all([
      startMock({ port: 0, log: 'text', writeLog: (line) => log.push(line) }),
      startMock({ port: 0, allowedHosts: ['*'] }),
      openChromium({ args: [RULES, NO_LOCAL_NETWORK_PROMPT] }),
    ]);
    attacker = createServer((_, response) => response.end('<!doctype html><title>attacker</title><p>hello</p>'));
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([mock?.close(), open?.close(), browser?.close(), new Promise((resolve) => attacker?.close(resolve))]);
  });

  /** A tab on `origin` whose document the attacker served: the rebinding moment, when the name points at the mock. */
  async function pageOn(origin: string, also: string[] = []): Promise<Page> {
    const { page } = await browser.openPage([origin, ...also]);
    await page.route(`${origin}/attack.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rebound</title>' }),
    );
    await page.goto(`${origin}/attack.html`);
    return page;
  }

  it('proves the setup: with --allowed-hosts * a rebound page reads the passwords (the attack of the issue)', async () => {
    const port = new URL(open.url).port;
    const page = await pageOn(`http://evil.example:${port}`);
    const [credentials] = await attemptAll(page, REBINDING_ATTEMPTS.slice(0, 1));
    expect(credentials?.status).toBe(200);
    expect(credentials?.text).toContain('Rdp-Studio-2');
    await page.close();
  });

  it.each(REBOUND)('refuses every read and write of a page rebound as %s, and nothing changes', async (name) => {
    const before = everything(mock);
    const port = new URL(mock.url).port;
    const page = await pageOn(`http://${name}:${port}`);
    const attempts = await attemptAll(page, REBINDING_ATTEMPTS);
    await page.close();
    expect(attempts.map(({ method, path, status }) => ({ method, path, status }))).toEqual(
      REBINDING_ATTEMPTS.map(([method, path]) => ({ method, path, status: 403 })),
    );
    for (const attempt of attempts) {
      expect(secretsIn(attempt.text ?? ''), `${attempt.method} ${attempt.path}`).toEqual([]);
      expect(JSON.parse(attempt.text!).detail).toContain('--allowed-hosts');
    }
    expect(everything(mock)).toEqual(before);
  });

  it('refuses a form, a no-cors fetch and sendBeacon from a second origin, sandboxed or not, and the state stays', async () => {
    await mock.reset();
    await fetch(`${mock.url}/group/`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"name":"Before"}' });
    const before = everything(mock);
    const second = `http://${ATTACKER}:${(attacker.address() as AddressInfo).port}`;
    const { page } = await browser.openPage([second, mock.url]);
    await page.goto(`${second}/`);
    const logged = () => log.filter((line) => / POST \/__admin\/reset /.test(line));
    const seen = logged().length;
    await page.evaluate((target) => {
      const { document, navigator, Blob } = globalThis as unknown as PageGlobals;
      document.body.insertAdjacentHTML(
        'beforeend',
        `<iframe name="sink1"></iframe><iframe name="sink2"></iframe>
         <form id="plain" method="POST" enctype="text/plain" action="${target}/__admin/reset" target="sink1"></form>
         <form id="urlencoded" method="POST" action="${target}/__admin/reset" target="sink2"><input name="a" value="b"></form>
         <iframe sandbox="allow-forms allow-scripts" srcdoc="<form method=POST enctype=text/plain action=${target}/__admin/reset></form><script>document.forms[0].submit()</script>"></iframe>`,
      );
      document.getElementById('plain').submit();
      document.getElementById('urlencoded').submit();
      void fetch(`${target}/__admin/reset`, { method: 'POST', mode: 'no-cors' });
      void fetch(`${target}/__admin/reset`, { method: 'POST', mode: 'no-cors', body: '{}', headers: { 'content-type': 'text/plain' } });
      navigator.sendBeacon(`${target}/__admin/reset`);
      navigator.sendBeacon(`${target}/__admin/reset`, new Blob(['{}'], { type: 'text/plain' }));
    }, mock.url);
    // Six attempts, seven with the sandboxed form: each must have reached the mock, and each been refused.
    await eventually(() => logged().length - seen).toBeGreaterThanOrEqual(7);
    expect(
      logged()
        .slice(seen)
        .every((line) => / 403 /.test(line)),
    ).toBe(true);
    const preflighted = await page.evaluate(async (target) => {
      try {
        await fetch(`${target}/connection/1000-0005`, { method: 'DELETE' });
        return 'sent';
      } catch {
        return 'refused by the browser';
      }
    }, mock.url);
    expect(preflighted).toBe('refused by the browser');
    await page.close();
    expect(everything(mock)).toEqual(before);
  });
});
