import { appendFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

/**
 * With `REMOTIX_LEAK_CHECK_DIR` set (by scripts/check-secret-leaks.sh), every HTTP answer this test process
 * receives over TCP that must never hold a secret is written there, one JSON line each: every error
 * (status 400 and up) and every journal, session list and masked export of the admin API. The answers
 * that may hold credentials by design (the documented credentials read, `includeSecrets=true`) are left
 * out. Requests and answers are paired on each client socket in order, as HTTP/1.1 sends them.
 */
const dir = process.env.REMOTIX_LEAK_CHECK_DIR;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `answers-${process.pid}.jsonl`);
  const originalEmit = net.Socket.prototype.emit;
  const originalWrite = net.Socket.prototype.write;
  const streams = new WeakMap<net.Socket, { sent: string[]; received: Buffer }>();
  const streamOf = (socket: net.Socket) => {
    let stream = streams.get(socket);
    if (!stream) streams.set(socket, (stream = { sent: [], received: Buffer.alloc(0) }));
    return stream;
  };
  net.Socket.prototype.write = function write(this: net.Socket, chunk: unknown, ...rest: unknown[]) {
    if (!(this as net.Socket & { server?: unknown }).server && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
      const text = Buffer.from(chunk as string).toString('latin1');
      for (const match of text.matchAll(/(?:^|\r?\n)([A-Z]{3,10}) (\S+) HTTP\/1\.[01]\r?\n/g))
        streamOf(this).sent.push(`${match[1]} ${match[2]}`);
    }
    return (originalWrite as (...all: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof net.Socket.prototype.write;
  net.Socket.prototype.emit = function emit(this: net.Socket, event: string | symbol, ...args: unknown[]) {
    if (event === 'data' && !(this as net.Socket & { server?: unknown }).server && Buffer.isBuffer(args[0])) {
      const stream = streamOf(this);
      stream.received = takeAnswers(Buffer.concat([stream.received, args[0]]), stream.sent, file);
    }
    return (originalEmit as (...all: unknown[]) => boolean).call(this, event, ...args);
  } as typeof net.Socket.prototype.emit;
}

const MAY_HOLD_CREDENTIALS = [/^GET \S*\/credentials(?:\?|$)/, /includeSecrets=true/];
const MUST_BE_CLEAN = /^GET \S*\/__admin\/(?:requests|actions|sessions|mock-sessions|state)(?:[/?]|$)/;

function takeAnswers(bytes: Buffer, sent: string[], file: string): Buffer {
  let rest = bytes;
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd < 0) return rest;
    const head = rest.subarray(0, headEnd).toString('latin1');
    const status = Number(head.split(' ')[1]);
    if (!Number.isInteger(status)) return Buffer.alloc(0);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
    const chunked = /\r\ntransfer-encoding: *chunked/i.test(head);
    let body: Buffer;
    let after: Buffer;
    if (length !== undefined) {
      if (rest.length < headEnd + 4 + Number(length)) return rest;
      body = rest.subarray(headEnd + 4, headEnd + 4 + Number(length));
      after = rest.subarray(headEnd + 4 + Number(length));
    } else if (chunked) {
      const end = rest.indexOf('\r\n0\r\n\r\n', headEnd);
      if (end < 0) return rest;
      body = rest.subarray(headEnd + 4, end);
      after = rest.subarray(end + 7);
    } else {
      body = rest.subarray(headEnd + 4);
      after = Buffer.alloc(0);
    }
    if (status >= 200) {
      const request = sent.shift() ?? '(unknown request)';
      const clean = status >= 400 || (MUST_BE_CLEAN.test(request) && !MAY_HOLD_CREDENTIALS.some((pattern) => pattern.test(request)));
      // The request line is what the test sent (a planted password in a path, maybe): kept in base64, out of the grep's sight.
      const line = { request64: Buffer.from(request).toString('base64'), status, body: body.toString('utf8') };
      if (clean) appendFileSync(file, `${JSON.stringify(line)}\n`);
    }
    rest = after;
  }
}
