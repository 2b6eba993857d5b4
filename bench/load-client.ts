import { connect, type Socket } from 'node:net';

export interface LoadOptions {
  port: number;
  host?: string;
  /** One request, already serialized; sent again and again on each connection. */
  request: Buffer;
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
}

/**
 * A small keep-alive HTTP/1.1 load client: each connection sends the request, reads the whole response
 * (Content-Length framed), and sends it again. Unlike autocannon and wrk, it sends any method, ACTION
 * included, so every server is loaded by the same client. One request in flight per connection.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const deadline = performance.now() + options.durationMs;
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, () => drive(options, deadline, latencies, statuses)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50Ms: at(0.5), p99Ms: at(0.99), statuses };
}

function drive(options: LoadOptions, deadline: number, latencies: number[], statuses: Record<string, number>): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(options.port, options.host ?? '127.0.0.1');
    socket.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let sentAt = 0;
    const send = () => {
      if (performance.now() >= deadline) {
        socket.end();
        return resolve();
      }
      sentAt = performance.now();
      socket.write(options.request);
    };
    socket.on('connect', send);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      const end = responseEnd(buffer);
      if (end < 0) return;
      latencies.push(performance.now() - sentAt);
      const status = buffer.toString('latin1', 9, 12);
      statuses[status] = (statuses[status] ?? 0) + 1;
      buffer = buffer.subarray(end);
      send();
    });
  });
}

/** Where the first complete response in `buffer` ends, or -1. Needs Content-Length framing. */
function responseEnd(buffer: Buffer): number {
  const head = buffer.indexOf('\r\n\r\n');
  if (head < 0) return -1;
  const match = /\r\ncontent-length:\s*(\d+)/i.exec(buffer.toString('latin1', 0, head));
  if (!match) throw new Error(`a response without Content-Length: ${buffer.toString('latin1', 0, head)}`);
  const end = head + 4 + Number(match[1]);
  return buffer.length >= end ? end : -1;
}

/** Serializes one HTTP/1.1 request with a JSON body (or none). */
export function httpRequest(method: string, path: string, body?: unknown): Buffer {
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: keep-alive'];
  if (body !== undefined) headers.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(text)}`);
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${text}`);
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** The run with the median throughput: the machine's noise hits every server alike over alternating rounds. */
export function medianRound(results: readonly LoadResult[]): LoadResult {
  return [...results].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(results.length / 2)]!;
}
