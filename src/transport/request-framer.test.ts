import { describe, expect, it } from 'vitest';
import { createRequestFramer, type FramedMessage, type RequestFramer } from './request-framer.js';

const MARKER = (method: string): string => `x-marker: n0nce ${method}`;

function framer(messages: FramedMessage[] = [], rejectLoneCR = true): RequestFramer {
  return createRequestFramer({
    methods: ['ACTION'],
    maxHeaderSize: 1024,
    placeholder: 'SOURCE',
    markerLine: MARKER,
    onMessage: (message) => messages.push(message),
    rejectLoneCR,
  });
}

/** Feed `input` in pieces (by byte offsets) and return everything forwarded. */
function feed(target: RequestFramer, input: string, cuts: number[] = []): string {
  const bytes = Buffer.from(input, 'latin1');
  const points = [0, ...cuts, bytes.length];
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    out += target.push(bytes.subarray(points[i], points[i + 1]))?.toString('latin1') ?? '';
  }
  return out;
}

const GET =
  'GET /a?b=c HTTP/1.1\r\nHost: example\r\nConnection: keep-alive\r\n' +
  'Upgrade-Insecure-Requests: 1\r\nuser-agent: t\r\nTE: trailers\r\nCookie: a=b\r\n\r\n';
const ACTION = 'ACTION /jobs/1 HTTP/1.1\r\nHost: example\r\nContent-Length: 5\r\n\r\nhello';
const ACTION_REWRITTEN = 'SOURCE /jobs/1 HTTP/1.1\r\nx-marker: n0nce ACTION\r\nHost: example\r\nContent-Length: 5\r\n\r\nhello';
const CHUNKED =
  'POST /c HTTP/1.1\r\nHost: e\r\nTransfer-Encoding: gzip, chunked\r\n\r\n' +
  '5;ext=1\r\nhello\r\n1A\r\nACTION /x HTTP/1.1\r\nHost: \r\n0\r\nX-Trailer: t\r\n\r\n';
const BODY_LOOKS_LIKE_ACTION = 'PUT /p HTTP/1.1\r\nHost: e\r\nContent-Length: 20\r\n\r\nACTION /x HTTP/1.1\r\n';

describe('createRequestFramer', () => {
  it('hands back the very same buffer for an ordinary request, without copying', () => {
    const chunk = Buffer.from(GET + GET, 'latin1');
    expect(framer().push(chunk)).toBe(chunk);
  });

  it('rewrites an ACTION request line to SOURCE followed by the marker header', () => {
    expect(feed(framer(), ACTION)).toBe(ACTION_REWRITTEN);
  });

  it('rewrites an ACTION request written one byte at a time', () => {
    const messages: FramedMessage[] = [];
    const cuts = Array.from({ length: ACTION.length - 1 }, (_, i) => i + 1);
    expect(feed(framer(messages), ACTION + GET, cuts.concat(ACTION.length + 1))).toBe(ACTION_REWRITTEN + GET);
    expect(messages.map((m) => m.extensionMethod)).toEqual(['ACTION', null]);
  });

  it('gives the same output for every way of splitting the input in two', () => {
    const input = GET + ACTION + CHUNKED + BODY_LOOKS_LIKE_ACTION + ACTION;
    const expected = GET + ACTION_REWRITTEN + CHUNKED + BODY_LOOKS_LIKE_ACTION + ACTION_REWRITTEN;
    for (let cut = 1; cut < input.length; cut++) {
      const target = framer();
      expect(feed(target, input, [cut]), `cut at ${cut}`).toBe(expected);
      expect(target.messages).toBe(5);
    }
  });

  it('gives the same output when the whole input arrives one byte at a time', () => {
    const input = GET + ACTION + CHUNKED + BODY_LOOKS_LIKE_ACTION;
    const target = framer();
    const cuts = Array.from({ length: input.length - 1 }, (_, i) => i + 1);
    expect(feed(target, input, cuts)).toBe(GET + ACTION_REWRITTEN + CHUNKED + BODY_LOOKS_LIKE_ACTION);
    expect(target.messages).toBe(4);
    expect(target.passthrough).toBe(false);
  });

  it('finds every message boundary of pipelined requests in one chunk', () => {
    const messages: FramedMessage[] = [];
    const input = GET + BODY_LOOKS_LIKE_ACTION + CHUNKED + ACTION;
    feed(framer(messages), input);
    const ends = [GET, BODY_LOOKS_LIKE_ACTION, CHUNKED, ACTION].map((_, i, all) => all.slice(0, i + 1).join('').length);
    expect(messages.map((m) => m.end)).toEqual(ends);
    expect(messages.map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  it('does not rewrite request-line lookalikes inside Content-Length or chunked bodies', () => {
    expect(feed(framer(), BODY_LOOKS_LIKE_ACTION + CHUNKED)).toBe(BODY_LOOKS_LIKE_ACTION + CHUNKED);
  });

  it('skips empty lines before a request line like llhttp does', () => {
    const messages: FramedMessage[] = [];
    expect(feed(framer(messages), `\r\n\r\n${ACTION}\r\n`)).toBe(`\r\n\r\n${ACTION_REWRITTEN}\r\n`);
    expect(messages).toHaveLength(1);
  });

  it('holds back every method token until it is known to be a method', () => {
    const target = framer();
    expect(target.push(Buffer.from('ACT'))).toBeNull();
    expect(target.push(Buffer.from('ION /'))?.toString()).toBe('SOURCE /');
    const other = framer();
    expect(other.push(Buffer.from('AC'))).toBeNull();
    expect(other.push(Buffer.from('L /'))?.toString()).toBe('ACL /');
    const get = framer();
    expect(get.push(Buffer.from('G'))).toBeNull();
    expect(get.push(Buffer.from('ET /'))?.toString()).toBe('GET /');
  });

  it('returns the held token bytes on flush at end of input', () => {
    const target = framer();
    target.push(Buffer.from('ACTI'));
    expect(target.flush()?.toString()).toBe('ACTI');
  });

  for (const token of ['ACTIONS', 'ACTIO', 'CTION', 'action', 'AACTION', 'FOO']) {
    it(`refuses the method ${token} like llhttp does, and forwards none of it`, () => {
      const target = framer();
      expect(feed(target, `${GET}${token} / HTTP/1.1\r\nHost: e\r\n\r\n`, [GET.length + 1])).toBe(GET);
      expect(target.error).toMatchObject({ code: 'HPE_INVALID_METHOD', status: 400 });
    });
  }

  it('passes everything through untouched after CONNECT', () => {
    const target = framer();
    const input = 'CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\nACTION / HTTP/1.1\r\n\r\n';
    expect(feed(target, input, [3])).toBe(input);
    expect(target.passthrough).toBe(true);
  });

  it('passes everything through untouched after a request with an Upgrade header', () => {
    const target = framer();
    const input = 'GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nACTION / HTTP/1.1\r\n\r\n';
    expect(feed(target, input)).toBe(input);
    expect(target.passthrough).toBe(true);
  });
});
