import { bytes, type HostileCase, request } from '../hostile-case.js';

const CONNECT = 'ACTION /connection/1000-0001/connect';
const OBSERVE = 'ACTION /computer/123456/NEAR/observe';
/** What Java's default HttpClient and `curl --http2` add to every `http://` request. */
const H2C = { Connection: 'Upgrade, HTTP2-Settings', Upgrade: 'h2c', 'HTTP2-Settings': 'AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA' };
const WEBSOCKET = {
  Connection: 'Upgrade',
  Upgrade: 'websocket',
  'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
  'Sec-WebSocket-Version': '13',
};

const get = (headers: Record<string, string> = {}) => request('GET', '/groups', { headers });
const connect = (headers: Record<string, string> = {}) => request('ACTION', '/connection/1000-0001/connect', { headers });
const observe = (headers: Record<string, string> = {}) => request('ACTION', '/computer/123456/NEAR/observe', { body: '{}', headers });

/** The mock speaks no other protocol: a request asking to upgrade is answered as HTTP/1.1, and the connection goes on. */
export const upgradeCases: HostileCase[] = [
  {
    name: "Java HttpClient's default sequence (GET, ACTION, GET, ACTION, each asking for h2c)",
    writes: [get(H2C), connect(H2C), get(H2C), observe(H2C)],
    gapMs: 20,
    statuses: [200, 200, 200, 200],
    actions: [CONNECT, OBSERVE],
  },
  {
    name: 'the same four requests pipelined in one write',
    writes: [bytes(get(H2C), connect(H2C), get(H2C), observe(H2C))],
    statuses: [200, 200, 200, 200],
    actions: [CONNECT, OBSERVE],
  },
  {
    name: 'curl --http2 asking for h2c once, then plain ACTIONs',
    writes: [get(H2C), connect(), observe()],
    gapMs: 20,
    statuses: [200, 200, 200],
    actions: [CONNECT, OBSERVE],
  },
  {
    name: 'an h2c upgrade asked for after an ACTION',
    writes: [connect(), get(H2C), observe()],
    gapMs: 20,
    statuses: [200, 200, 200],
    actions: [CONNECT, OBSERVE],
  },
  {
    name: 'a websocket upgrade, then an ACTION',
    writes: [bytes(get(WEBSOCKET), connect())],
    statuses: [200, 200],
    actions: [CONNECT],
  },
  {
    name: 'an ACTION with a body asking for a websocket, then an ACTION',
    writes: [observe(WEBSOCKET), connect()],
    gapMs: 20,
    statuses: [200, 200],
    actions: [OBSERVE, CONNECT],
  },
  {
    name: 'an Upgrade field in lower case, split across writes, then an ACTION',
    writes: [bytes('GET /groups HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: upgrade\r\nupg'), bytes('rade: h2c\r\n\r\n'), connect()],
    gapMs: 20,
    statuses: [200, 200],
    actions: [CONNECT],
  },
  {
    name: 'an Upgrade to an unknown protocol, then an ACTION',
    writes: [bytes(get({ Connection: 'Upgrade', Upgrade: 'remotix/9, foo' }), connect())],
    statuses: [200, 200],
    actions: [CONNECT],
  },
  {
    name: 'an Upgrade field in the trailers',
    writes: [
      bytes(
        'ACTION /computer/123456/NEAR/observe HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n',
        'Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nUpgrade: h2c\r\n\r\n',
        connect(),
      ),
    ],
    statuses: [400],
  },
];
