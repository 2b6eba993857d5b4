import http from 'node:http';
import https from 'node:https';

/**
 * A `fetch` on Node's own `http`, for the typed client: unlike the global fetch it sends to any port (no
 * fetch "bad port" list) and keeps one keep-alive connection, so a real Remotix sees one request at a time.
 */
export function createNodeHttpFetch(): { fetch: typeof globalThis.fetch; close(): void } {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 1 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 1 }),
  };
  const fetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const transport = url.protocol === 'https:' ? https : http;
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    // An empty Content-Type is how a caller asks for none at all (to test a body sent without one).
    if (headers['content-type'] === '') delete headers['content-type'];
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const agent = agents[url.protocol as 'http:' | 'https:'];
      const req = transport.request(url, { method: init.method ?? 'GET', headers, agent, signal: init.signal ?? undefined }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) responseHeaders.append(name, item);
          }
          const status = res.statusCode ?? 0;
          const content = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(content, { status, headers: responseHeaders }));
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    close: () => {
      for (const agent of Object.values(agents)) agent.destroy();
    },
  };
}
