import { bytes, type HostileCase, request, tinyWrites } from '../hostile-case.js';

const CONNECT = 'ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n';
const CHAT = 'ACTION /computer/123456/chat HTTP/1.1\r\nHost: 127.0.0.1\r\n';
/** What a smuggler hopes the server will see as a second request. */
const SMUGGLED = 'ACTION /connection/1000-0002/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
const clTeSmuggle = bytes(CONNECT, 'Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', SMUGGLED);

/** Framing attacks on the ACTION transport: nothing smuggled may reach a handler. */
export const framingCases: HostileCase[] = [
  { name: 'Content-Length with Transfer-Encoding', writes: [clTeSmuggle], statuses: [400] },
  {
    name: 'Transfer-Encoding before Content-Length',
    writes: [bytes(CHAT, 'Transfer-Encoding: chunked\r\nContent-Length: 48\r\n\r\n0\r\n\r\n', SMUGGLED)],
    statuses: [400],
  },
  {
    name: 'a duplicate Content-Length',
    writes: [bytes(CONNECT, 'Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}')],
    statuses: [400],
  },
  {
    name: 'two different Content-Lengths',
    writes: [bytes(CONNECT, `Content-Length: 0\r\nContent-Length: ${SMUGGLED.length}\r\n\r\n`, SMUGGLED)],
    statuses: [400],
  },
  { name: 'a Content-Length list', writes: [bytes(CONNECT, 'Content-Length: 2, 2\r\n\r\n{}')], statuses: [400] },
  { name: 'a negative Content-Length', writes: [bytes(CONNECT, 'Content-Length: -1\r\n\r\n', SMUGGLED)], statuses: [400] },
  { name: 'a Content-Length with a plus sign', writes: [bytes(CONNECT, 'Content-Length: +2\r\n\r\n{}')], statuses: [400] },
  { name: 'a Content-Length in hexadecimal', writes: [bytes(CONNECT, 'Content-Length: 0x2\r\n\r\n{}')], statuses: [400] },
  {
    name: 'a Content-Length too large for any integer',
    writes: [bytes(CONNECT, 'Content-Length: 99999999999999999999999\r\n\r\n{}')],
    statuses: [400],
  },
  {
    name: 'a Transfer-Encoding that does not end in chunked',
    writes: [bytes(CONNECT, 'Transfer-Encoding: chunked, gzip\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'a Transfer-Encoding sent twice',
    writes: [bytes(CONNECT, 'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'an invalid chunk size',
    writes: [bytes(CONNECT, 'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'a chunk size that overflows',
    writes: [bytes(CHAT, 'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n{}\r\n0\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'chunk data without its CRLF',
    writes: [bytes(CONNECT, 'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'a Content-Length in the trailers',
    writes: [bytes(CONNECT, 'Transfer-Encoding: chunked\r\n\r\n0\r\nContent-Length: 48\r\n\r\n', SMUGGLED)],
    statuses: [400],
  },
  {
    name: 'bare LF line endings',
    writes: [bytes('ACTION /connection/1000-0001/connect HTTP/1.1\nHost: 127.0.0.1\nContent-Length: 0\n\n')],
    statuses: [400],
  },
  { name: 'a folded header line', writes: [bytes(CONNECT, 'X-Folded: a\r\n b\r\n\r\n')], statuses: [400] },
  { name: 'a space before the colon', writes: [bytes(CONNECT, 'Content-Length : 48\r\n\r\n', SMUGGLED)], statuses: [400] },
  { name: 'a header line without a colon', writes: [bytes(CONNECT, 'Content-Length 48\r\n\r\n', SMUGGLED)], statuses: [400] },
  {
    name: 'Content-Length with Transfer-Encoding, one byte per TCP write',
    writes: tinyWrites(clTeSmuggle),
    gapMs: 1,
    statuses: [400],
  },
  {
    name: 'a valid ACTION after a smuggling attempt on the same connection',
    writes: [request('ACTION', '/connection/1000-0003/connect'), clTeSmuggle],
    statuses: [200, 400],
    actions: ['ACTION /connection/1000-0003/connect'],
  },
];

/** Slow, split and pipelined requests: framed right however the bytes arrive. */
export const pacingCases: HostileCase[] = [
  {
    name: 'a valid ACTION with a body, one byte per TCP write',
    writes: tinyWrites(request('ACTION', '/computer/123456/NEAR/observe', { body: '{}' })),
    gapMs: 1,
    statuses: [200],
    actions: ['ACTION /computer/123456/NEAR/observe'],
  },
  {
    name: 'a chunked ACTION in three-byte TCP writes',
    writes: tinyWrites(
      bytes(CONNECT, 'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n1\r\n}\r\n0\r\n\r\n'),
      3,
    ),
    gapMs: 1,
    statuses: [200],
    actions: ['ACTION /connection/1000-0001/connect'],
  },
  {
    name: 'a client that never finishes its headers',
    server: 'impatient',
    writes: [bytes('ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ')],
    statuses: [408],
  },
  {
    name: 'a pipelined ACTION after a body that holds the bytes "ACTION /"',
    writes: [
      bytes(
        request('PUT', '/group/0123-CDEF', { body: `{"name":"x"}\r\n\r\n${SMUGGLED}` }),
        request('ACTION', '/connection/1000-0001/connect'),
      ),
    ],
    statuses: [400, 200],
    actions: ['ACTION /connection/1000-0001/connect'],
  },
  {
    name: 'a pipelined ACTION after a chunked body that holds the bytes "ACTION /"',
    writes: [
      bytes(
        'PUT /connection/1000-0004 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
        `${SMUGGLED.length.toString(16)}\r\n${SMUGGLED}\r\n0\r\n\r\n`,
        request('ACTION', '/computer/123456/chat'),
      ),
    ],
    statuses: [400, 200],
    actions: ['ACTION /computer/123456/chat'],
  },
  {
    name: 'a pipelined ACTION after an ACTION whose body holds the bytes "ACTION /"',
    writes: [
      bytes(
        request('ACTION', '/connection/1000-0005/connect', { body: `"${SMUGGLED.replace(/\r\n/g, ' ')}"` }),
        request('ACTION', '/connection/1000-0001/connect'),
      ),
    ],
    statuses: [400, 200],
    actions: ['ACTION /connection/1000-0001/connect'],
  },
];
