import { describe, expect, it } from 'vitest';
import { createRequestFramer, type RequestFramer } from './request-framer.js';

function framer(rejectLoneCR = true, maxHeaderSize = 256): RequestFramer {
  return createRequestFramer({
    methods: ['ACTION'],
    maxHeaderSize,
    placeholder: 'SOURCE',
    markerLine: (method) => `x-marker: n0nce ${method}`,
    rejectLoneCR,
  });
}

const GOOD = 'GET /first HTTP/1.1\r\nHost: e\r\n\r\n';
const POST = 'POST / HTTP/1.1\r\nHost: e\r\n';

const cases: Array<[string, string, string, number]> = [
  [
    'Content-Length together with Transfer-Encoding',
    `${POST}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n`,
    'HPE_INVALID_TRANSFER_ENCODING',
    400,
  ],
  [
    'Transfer-Encoding followed by Content-Length',
    `${POST}Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n`,
    'HPE_INVALID_CONTENT_LENGTH',
    400,
  ],
  ['two different Content-Lengths', `${POST}Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!`, 'HPE_UNEXPECTED_CONTENT_LENGTH', 400],
  ['two identical Content-Lengths', `${POST}Content-Length: 5\r\ncontent-length: 5\r\n\r\nhello`, 'HPE_UNEXPECTED_CONTENT_LENGTH', 400],
  ['a negative Content-Length', `${POST}Content-Length: -5\r\n\r\n`, 'HPE_INVALID_CONTENT_LENGTH', 400],
  ['a Content-Length with a plus sign', `${POST}Content-Length: +5\r\n\r\n`, 'HPE_INVALID_CONTENT_LENGTH', 400],
  ['a Content-Length list', `${POST}Content-Length: 1,1\r\n\r\n`, 'HPE_INVALID_CONTENT_LENGTH', 400],
  ['an empty Content-Length', `${POST}Content-Length: \r\n\r\n`, 'HPE_INVALID_CONTENT_LENGTH', 400],
  [
    'a Transfer-Encoding whose last coding is not chunked',
    `${POST}Transfer-Encoding: chunked, gzip\r\n\r\n`,
    'HPE_INVALID_TRANSFER_ENCODING',
    400,
  ],
  [
    'two Transfer-Encoding headers',
    `${POST}Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n`,
    'HPE_INVALID_TRANSFER_ENCODING',
    400,
  ],
  ['a non-hex chunk size', `${POST}Transfer-Encoding: chunked\r\n\r\nzz\r\n`, 'HPE_INVALID_CHUNK_SIZE', 400],
  ['an empty chunk size', `${POST}Transfer-Encoding: chunked\r\n\r\n\r\n`, 'HPE_INVALID_CHUNK_SIZE', 400],
  ['a chunk size with 17 hex digits', `${POST}Transfer-Encoding: chunked\r\n\r\n${'1'.repeat(17)}\r\n`, 'HPE_INVALID_CHUNK_SIZE', 400],
  ['a space after the chunk size', `${POST}Transfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n`, 'HPE_INVALID_CHUNK_SIZE', 400],
  ['chunk data not followed by CRLF', `${POST}Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n`, 'HPE_STRICT', 400],
  ['a bare LF ending a chunk-size line', `${POST}Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n`, 'HPE_CR_EXPECTED', 400],
  ['a bare LF ending the request line', 'GET / HTTP/1.1\nHost: e\r\n\r\n', 'HPE_CR_EXPECTED', 400],
  ['a bare LF ending a header line', 'GET / HTTP/1.1\r\nHost: e\n\r\n', 'HPE_CR_EXPECTED', 400],
  ['a bare LF ending the head', 'GET / HTTP/1.1\r\nHost: e\r\n\n', 'HPE_CR_EXPECTED', 400],
  ['a CR that is not followed by LF', 'GET / HTTP/1.1\r\nHost: e\rX: y\r\n\r\n', 'HPE_LF_EXPECTED', 400],
  ['an obs-fold continuation line', 'GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 400],
  ['whitespace between a header name and the colon', `${POST}Transfer-Encoding : chunked\r\n\r\n`, 'HPE_INVALID_HEADER_TOKEN', 400],
  ['a header line without a colon', 'GET / HTTP/1.1\r\nHost\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 400],
  [
    'a Content-Length in the trailer section',
    `${POST}Transfer-Encoding: chunked\r\n\r\n0\r\nContent-Length: 5\r\n\r\n`,
    'HPE_INVALID_HEADER_TOKEN',
    400,
  ],
  ['a head longer than maxHeaderSize', `GET / HTTP/1.1\r\nX: ${'a'.repeat(300)}\r\n\r\n`, 'HPE_HEADER_OVERFLOW', 431],
  ['an ACTION request line without HTTP/1.x version', 'ACTION /x\r\n\r\n', 'HPE_INVALID_VERSION', 400],
];

describe('createRequestFramer on malformed framing', () => {
  for (const [what, request, code, status] of cases) {
    it(`rejects ${what} (${code}) and forwards nothing from the bad line on`, () => {
      const target = framer();
      const bytes = Buffer.from(GOOD + request, 'latin1');
      const forwarded = target.push(bytes)?.toString('latin1') ?? '';
      expect(target.error).toMatchObject({ code, status });
      expect(target.error?.reason).toEqual(expect.any(String));
      expect(forwarded.startsWith(GOOD)).toBe(true);
      const asForwarded = request.replace(/^ACTION /, 'SOURCE ');
      expect(asForwarded.startsWith(forwarded.slice(GOOD.length))).toBe(true);
      expect(forwarded.length).toBeLessThan(bytes.length);
      expect(target.push(Buffer.from(GOOD))).toBeNull();
    });
  }

  it('never forwards a Content-Length line that turns out to be a duplicate, even split byte by byte', () => {
    const target = framer();
    const input = `${GOOD}${POST}Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello`;
    let forwarded = '';
    for (const byte of Buffer.from(input)) forwarded += target.push(Buffer.from([byte]))?.toString() ?? '';
    expect(target.error?.code).toBe('HPE_UNEXPECTED_CONTENT_LENGTH');
    expect(forwarded).toBe(`${GOOD}${POST}Content-Length: 5\r\n`);
  });

  it('never forwards an invalid chunk size, even split byte by byte', () => {
    const target = framer();
    const input = `${POST}Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5x\r\n`;
    let forwarded = '';
    for (const byte of Buffer.from(input)) forwarded += target.push(Buffer.from([byte]))?.toString() ?? '';
    expect(target.error?.code).toBe('HPE_INVALID_CHUNK_SIZE');
    expect(forwarded).toBe(`${POST}Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n`);
  });

  it('leaves a lone CR to Node when told that Node rejects it by itself', () => {
    const input = 'GET / HTTP/1.1\r\nHost: e\rX: y\r\n\r\n';
    const target = framer(false);
    expect(target.push(Buffer.from(input))?.toString()).toBe(input);
    expect(target.error).toBeNull();
  });

  it('counts the request line toward maxHeaderSize', () => {
    const target = framer(true, 64);
    target.push(Buffer.from(`GET /${'a'.repeat(80)} HTTP/1.1\r\n`));
    expect(target.error?.status).toBe(431);
  });
});
