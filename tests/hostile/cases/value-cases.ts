import { bytes, type HostileCase, request } from '../hostile-case.js';

const put = (path: string, body: string | Buffer) => request('PUT', path, { body });
/** `{"name":"<raw bytes>"}`, the bytes exactly as given. */
const nameWithBytes = (raw: Buffer) => bytes('{"name":"', raw, '"}');

/** Values of the wrong type, empty or too long. */
export const wrongValueCases: HostileCase[] = [
  { name: 'a number for a name', writes: [put('/group/', '{"name":123}')], statuses: [400] },
  { name: 'null for a name', writes: [put('/group/0123-CDEF', '{"name":null}')], statuses: [400] },
  { name: 'an array for a name', writes: [put('/connection/1000-0001', '{"name":["x"]}')], statuses: [400] },
  { name: 'a number for a category_uid', writes: [put('/connection/', '{"name":"x","category_uid":123}')], statuses: [400] },
  { name: 'a lower-case category_uid', writes: [put('/computer/123456', '{"category_uid":"0123-cdef"}')], statuses: [400] },
  { name: 'a string for an integer setting', writes: [put('/computer/123456/RDP_3390', '{"color_depth":"32"}')], statuses: [400] },
  { name: 'a string for a boolean setting', writes: [put('/computer/123456/VNC', '{"view_only":"true"}')], statuses: [400] },
  { name: 'a value outside an enum', writes: [put('/computer/123456/NEAR', '{"quality":"ultra"}')], statuses: [400] },
  { name: 'a setting of another connection type', writes: [put('/computer/123456/VNC', '{"color_depth":24}')], statuses: [400] },
  { name: 'a number for a password', writes: [put('/connection/1000-0001/credentials', '{"rdp.password":123}')], statuses: [400] },
  { name: 'an unknown credential key', writes: [put('/connection/1000-0001/credentials', '{"ssh.password":"x"}')], statuses: [400] },
  { name: 'an empty update', writes: [put('/connection/1000-0001', '{}')], statuses: [400] },
  { name: 'an empty credentials object', writes: [put('/connection/1000-0001/credentials', '{}')], statuses: [400] },
  {
    name: 'an unknown key in an ACTION body',
    writes: [request('ACTION', '/connection/1000-0001/connect', { body: '{"force":true}' })],
    statuses: [400],
  },
  { name: 'an empty name', writes: [put('/group/', '{"name":""}')], statuses: [400] },
  { name: 'a name of 256 characters', writes: [put('/group/0123-CDEF', JSON.stringify({ name: 'x'.repeat(256) }))], statuses: [400] },
  { name: 'a name of 100 KB', writes: [put('/group/', JSON.stringify({ name: 'x'.repeat(100_000) }))], statuses: [400] },
  {
    name: 'a connection name of 100 KB',
    writes: [put('/connection/', JSON.stringify({ name: 'é'.repeat(50_000), category_uid: '0123-CDEF' }))],
    statuses: [400],
  },
  {
    name: 'a password of 100 KB',
    writes: [put('/connection/1000-0001/credentials', JSON.stringify({ 'rdp.password': 'p'.repeat(100_000) }))],
    statuses: [400],
  },
  { name: 'a host of 100 KB', writes: [put('/computer/123456/VNC', JSON.stringify({ host: 'h'.repeat(100_000) }))], statuses: [400] },
];

/** Bytes that are not UTF-8, and NUL wherever it can go. */
export const encodingCases: HostileCase[] = [
  { name: 'a body with bytes that are not UTF-8', writes: [put('/group/', nameWithBytes(Buffer.from([0xff, 0xfe])))], statuses: [400] },
  {
    name: 'an overlong UTF-8 encoding of "/"',
    writes: [put('/group/0123-CDEF', nameWithBytes(Buffer.from([0xc0, 0xaf])))],
    statuses: [400],
  },
  { name: 'a truncated UTF-8 sequence', writes: [put('/connection/1000-0001', nameWithBytes(Buffer.from([0xe2, 0x82])))], statuses: [400] },
  { name: 'a UTF-8-encoded surrogate (CESU-8)', writes: [put('/group/', nameWithBytes(Buffer.from([0xed, 0xa0, 0x80])))], statuses: [400] },
  { name: 'a body in UTF-16', writes: [put('/group/', Buffer.from('\ufeff{"name":"x"}', 'utf16le'))], statuses: [400] },
  { name: 'a NUL escaped in a name', writes: [put('/group/', '{"name":"a\\u0000b"}')], statuses: [400] },
  { name: 'a raw NUL byte in a name', writes: [put('/group/0123-CDEF', nameWithBytes(Buffer.from([0x61, 0x00, 0x62])))], statuses: [400] },
  { name: 'a NUL in a password', writes: [put('/connection/1000-0001/credentials', '{"rdp.password":"a\\u0000"}')], statuses: [400] },
  { name: 'a NUL in a computer credential', writes: [put('/computer/123456/RDP_3390', '{"password":"\\u0000"}')], statuses: [400] },
  { name: 'a NUL byte after the JSON', writes: [put('/group/', bytes('{"name":"x"}', Buffer.from([0])))], statuses: [400] },
  { name: 'a percent-encoded NUL in an id', writes: [request('GET', '/group/0123-CDEF%00')], statuses: [400] },
  { name: 'a raw NUL byte in the request line', writes: [bytes('GET /gro\0ups HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')], statuses: [400] },
  {
    name: 'a raw NUL byte in a header value',
    writes: [bytes('GET /groups HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: a\0b\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'a raw NUL byte in an ACTION head',
    writes: [bytes('ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: \0\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'bytes that are not UTF-8 in a header value',
    writes: [bytes('GET /groups HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Mock-Session: \xff\xfe\r\n\r\n')],
    statuses: [400],
  },
];
