import { bytes, type HostileCase, request } from '../hostile-case.js';

const BIG = 20 * 1024;

/** Ids with encoded slashes, dots and traversal; heads that are too long. */
export const pathCases: HostileCase[] = [
  { name: 'an id with an encoded slash and dots', writes: [request('GET', '/group/0123-CDEF%2F..')], statuses: [400] },
  { name: 'an id that is an encoded traversal', writes: [request('DELETE', '/group/..%2F..%2Fetc%2Fpasswd')], statuses: [400] },
  { name: 'an id of encoded dots and a slash', writes: [request('DELETE', '/connection/%2e%2e%2F1000-0001')], statuses: [400] },
  {
    name: 'a connection id with an encoded slash',
    writes: [request('GET', '/computer/123456/VNC%2F..%2FRDP_3390/credentials')],
    statuses: [400],
  },
  { name: 'a computer id with an encoded traversal', writes: [request('DELETE', '/computer/..%2F654321')], statuses: [400] },
  { name: 'an id of one dot', writes: [request('PUT', '/group/.', { body: '{"name":"x"}' })], statuses: [400] },
  { name: 'an id of two encoded dots', writes: [request('DELETE', '/group/%2E%2E')], statuses: [400] },
  {
    name: 'a dot-dot segment that leads to another connection',
    writes: [request('DELETE', '/connection/FFFF-0000/../1000-0001')],
    statuses: [400],
  },
  {
    name: 'an encoded dot-dot segment that leads to another connection',
    writes: [request('DELETE', '/connection/FFFF-0000/%2e%2e/1000-0002')],
    statuses: [400],
  },
  { name: 'a half-encoded dot-dot segment', writes: [request('DELETE', '/connection/FFFF-0000/.%2E/1000-0003')], statuses: [400] },
  {
    name: 'a dot-dot segment that leads out of the credentials',
    writes: [request('DELETE', '/computer/123456/VNC/credentials/../../../654321')],
    statuses: [400],
  },
  {
    name: 'a dot-dot segment in an absolute-form target',
    writes: [request('DELETE', 'http://127.0.0.1/connection/FFFF-0000/../1000-0004')],
    statuses: [400],
  },
  {
    name: 'a dot-dot segment in an ACTION path',
    writes: [request('ACTION', '/connection/FFFF-0000/../1000-0001/connect')],
    statuses: [400],
  },
  { name: 'a double slash', writes: [request('DELETE', '//connection/1000-0001')], statuses: [404] },
  { name: 'an id with a trailing slash', writes: [request('DELETE', '/connection/1000-0001/')], statuses: [404] },
  { name: 'a computer id of 13 digits', writes: [request('GET', '/computer/1234567890123')], statuses: [400] },
  { name: 'a port out of range', writes: [request('GET', '/computer/123456/VNC_65536')], statuses: [400] },
  { name: 'a query string', writes: [request('GET', '/groups?__proto__[polluted]=1')], statuses: [400] },
  {
    name: 'an invalid X-Mock-Session',
    writes: [request('GET', '/groups', { headers: { 'X-Mock-Session': '../../default' } })],
    statuses: [400],
  },
  { name: 'a request line of 20 KB', writes: [request('GET', `/group/${'A'.repeat(BIG)}`)], statuses: [431] },
  { name: 'an ACTION request line of 20 KB', writes: [request('ACTION', `/connection/${'A'.repeat(BIG)}/connect`)], statuses: [431] },
  { name: 'a header of 20 KB', writes: [request('GET', '/groups', { headers: { 'X-Big': 'a'.repeat(BIG) } })], statuses: [431] },
  {
    name: 'an ACTION with a header of 20 KB',
    writes: [request('ACTION', '/connection/1000-0001/connect', { headers: { 'X-Big': 'a'.repeat(BIG) } })],
    statuses: [431],
  },
  {
    // 2,000 small headers make a head of 24 KB: the transport's limit (16 KiB) answers 431 on every Node line,
    // ACTION or not (Node 20's own parser let it through to a 400, Node 22 and 24 answered 431).
    name: '2,000 small headers',
    writes: [
      bytes('PUT /group/ HTTP/1.1\r\nHost: 127.0.0.1\r\n', Array.from({ length: 2000 }, (_, i) => `X-H${i}: v\r\n`).join(''), '\r\n'),
    ],
    statuses: [431],
  },
  {
    name: '2,000 small headers on an ACTION',
    writes: [
      bytes(
        'ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n',
        Array.from({ length: 2000 }, (_, i) => `X-H${i}: v\r\n`).join(''),
        '\r\n',
      ),
    ],
    statuses: [431],
  },
];

/** Methods that the path lacks, and methods that do not exist. */
export const methodCases: HostileCase[] = [
  { name: 'POST on /groups', writes: [request('POST', '/groups', { body: '{"name":"x"}' })], statuses: [405] },
  { name: 'PATCH on a group', writes: [request('PATCH', '/group/0123-CDEF', { body: '{"name":"x"}' })], statuses: [405] },
  { name: 'DELETE on /nearby', writes: [request('DELETE', '/nearby')], statuses: [405] },
  { name: 'POST on the computer actions', writes: [request('POST', '/computer/123456/actions')], statuses: [405] },
  { name: 'GET on an ACTION path', writes: [request('GET', '/connection/1000-0001/connect')], statuses: [405] },
  { name: 'PUT on an ACTION path', writes: [request('PUT', '/computer/123456/NEAR/observe', { body: '{}' })], statuses: [405] },
  { name: 'ACTION on /groups', writes: [request('ACTION', '/groups')], statuses: [405] },
  { name: 'ACTION on a connection itself', writes: [request('ACTION', '/connection/1000-0001')], statuses: [405] },
  { name: 'ACTION on an admin path', writes: [request('ACTION', '/__admin/reset')], statuses: [405] },
  { name: 'OPTIONS on a group', writes: [request('OPTIONS', '/group/0123-CDEF')], statuses: [405] },
  { name: 'TRACE on /groups', writes: [request('TRACE', '/groups')], statuses: [405] },
  { name: 'PROPFIND on /groups', writes: [request('PROPFIND', '/groups')], statuses: [405] },
  { name: 'the unknown method FOO', writes: [request('FOO', '/groups')], statuses: [400] },
  { name: 'ACTION in lower case', writes: [request('action', '/connection/1000-0001/connect')], statuses: [400] },
  { name: 'ACTIONS, one letter too many', writes: [request('ACTIONS', '/connection/1000-0001/connect')], statuses: [400] },
  { name: 'ACTIO, one letter short', writes: [request('ACTIO', '/connection/1000-0001/connect')], statuses: [400] },
  { name: 'a method of 100 letters', writes: [request('A'.repeat(100), '/groups')], statuses: [400] },
  {
    name: 'a method with a control character',
    writes: [bytes('ACT\x01ION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')],
    statuses: [400],
  },
  {
    name: 'CONNECT (Node closes it unanswered)',
    writes: [bytes('CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n')],
    statuses: [],
  },
];
