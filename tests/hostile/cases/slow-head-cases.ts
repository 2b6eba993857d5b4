import { bytes, type HostileCase, IMPATIENT_HEADERS_TIMEOUT_MS, request } from '../hostile-case.js';

const HEAD = 'ACTION /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
/** A head sent one piece every GAP_MS: its method token alone takes longer than the headers timeout. */
const GAP_MS = 400;
const slowly = (head: string): Buffer[] => [...head.slice(0, 8)].map((c) => bytes(c)).concat(bytes(head.slice(8)));
/**
 * The 408 must come within the headers timeout plus a second of the head's first byte. Had the clock started
 * only once the method token was decided (8 writes, 2.8 s in), it would come after 3.3 s at the earliest.
 */
const WITHIN_MS = IMPATIENT_HEADERS_TIMEOUT_MS + 1000;

/** The headers timeout holds on fresh connections and on ones that already carried requests, ACTION or not. */
export const slowHeadCases: HostileCase[] = [
  {
    name: 'an ACTION head one byte per 400 ms on a fresh connection',
    server: 'impatient',
    writes: slowly(HEAD),
    gapMs: GAP_MS,
    statuses: [408],
    withinMs: WITHIN_MS,
  },
  {
    name: 'an ACTION head one byte per 400 ms after an ACTION on the same connection',
    server: 'impatient',
    writes: [request('ACTION', '/connection/1000-0001/connect'), ...slowly(HEAD)],
    gapMs: GAP_MS,
    statuses: [200, 408],
    actions: ['ACTION /connection/1000-0001/connect'],
    withinMs: GAP_MS + WITHIN_MS,
  },
  {
    name: 'a GET head one byte per 400 ms after an ACTION on the same connection',
    server: 'impatient',
    writes: [request('ACTION', '/connection/1000-0001/connect'), ...slowly('GET /groups HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')],
    gapMs: GAP_MS,
    statuses: [200, 408],
    actions: ['ACTION /connection/1000-0001/connect'],
    withinMs: GAP_MS + WITHIN_MS,
  },
  {
    name: 'an ACTION head that stops after its method token',
    server: 'impatient',
    writes: [bytes('ACTI')],
    statuses: [408],
    withinMs: WITHIN_MS,
  },
];
