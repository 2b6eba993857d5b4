import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { maskSecrets } from '../journal/mask-secrets.js';
import type { Deviation } from './deviation.js';

/** One exchange through the proxy, as `--record` writes it. */
export interface RecordedExchange {
  time: string;
  request: { method: string; target: string; headers: Record<string, string>; body: Uint8Array };
  response: { status: number; headers: Record<string, string>; body: Uint8Array };
  deviations: Deviation[];
}

/** Headers that carry credentials: their values are never written. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

export type ExchangeRecorder = (exchange: RecordedExchange) => void;

/**
 * Writes each exchange to `dir` as `00001-PUT-connection_1000-0001_credentials.json`, in order: request and
 * answer with their headers and bodies, credentials redacted (secret headers, and every password, secret
 * or token in a JSON body, as the journals mask them), and the deviations found.
 */
export function createExchangeRecorder(dir: string, logError: (error: unknown) => void = console.error): ExchangeRecorder {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return (exchange) => {
    count += 1;
    const slug = exchange.request.target
      .split('?')[0]!
      .replace(/[^A-Za-z0-9.-]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 80);
    const file = join(dir, `${String(count).padStart(5, '0')}-${exchange.request.method}-${slug || 'root'}.json`);
    const written = {
      time: exchange.time,
      request: {
        ...exchange.request,
        headers: redact(exchange.request.headers),
        body: bodyOf(exchange.request.body, exchange.request.headers),
      },
      response: {
        ...exchange.response,
        headers: redact(exchange.response.headers),
        body: bodyOf(exchange.response.body, exchange.response.headers),
      },
      deviations: exchange.deviations,
    };
    writeFile(file, `${JSON.stringify(written, null, 2)}\n`).catch(logError);
  };
}

function redact(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.has(name) ? '***' : value]));
}

/** JSON as JSON, secrets masked; text as text; nothing as null. */
export function bodyOf(bytes: Uint8Array, headers: Record<string, string>): unknown {
  if (bytes.length === 0) return null;
  const text = Buffer.from(bytes).toString('utf8');
  if (/json/i.test(headers['content-type'] ?? '')) {
    try {
      return maskSecrets(JSON.parse(text));
    } catch {
      return text;
    }
  }
  return text;
}
