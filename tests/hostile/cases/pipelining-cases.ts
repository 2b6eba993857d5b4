import { bytes, type HostileCase, request } from '../hostile-case.js';

const OBSERVE = 'ACTION /computer/123456/NEAR/observe';
const observe = request('ACTION', '/computer/123456/NEAR/observe', { body: '{}' });

/**
 * Bodies (all refused, so that nothing changes) by the class of their last byte: the next request's method
 * must be read from its own bytes, never with the body's tail in front of it.
 */
const TAILS: Array<[string, string | Buffer]> = [
  ['a lowercase letter (null)', 'null'],
  ['the letter A', '"xA'],
  ['the letter C', '"xC'],
  ['the letters AC', '"xAC'],
  ['the letters ACT', '"ACT'],
  ['a whole ACTION', '"ACTION'],
  ['a digit', '{"name":1'],
  ['a closing brace', '{"name":1}'],
  ['a closing bracket', '[1]'],
  ['a quote', '"x"'],
  ['a space', '{"name": '],
  ['a hyphen', '-'],
  ['a CR', '{\r'],
  ['an LF', '{\n'],
  ['a CRLF', '{\r\n'],
  ['a NUL byte', Buffer.from([0x7b, 0x00])],
  ['a byte above 0x7f', Buffer.from([0x7b, 0xff])],
];

/** One answer per request, whatever the previous body ends with. */
export const pipeliningCases: HostileCase[] = [
  ...TAILS.map(([tail, body]) => ({
    name: `an ACTION pipelined after a body ending in ${tail}`,
    writes: [bytes(request('PUT', '/group/0123-CDEF', { body }), observe)],
    statuses: [400, 200],
    actions: [OBSERVE],
  })),
  {
    name: 'an ACTION pipelined after a chunked body ending in the letter A',
    writes: [
      bytes(
        'PUT /group/0123-CDEF HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
        '3\r\n"xA\r\n0\r\n\r\n',
        observe,
      ),
    ],
    statuses: [400, 200],
    actions: [OBSERVE],
  },
  {
    name: 'an ACTION split from a body ending in AC by the write boundary',
    writes: [request('PUT', '/group/0123-CDEF', { body: '"xAC' }), observe],
    statuses: [400, 200],
    actions: [OBSERVE],
  },
  {
    name: 'four pipelined ACTIONs after bodies ending in A, C, T and N',
    writes: [bytes(...['"A', '"C', '"T', '"N'].flatMap((body) => [request('PUT', '/group/0123-CDEF', { body }), observe]))],
    statuses: [400, 200, 400, 200, 400, 200, 400, 200],
    actions: [OBSERVE, OBSERVE, OBSERVE, OBSERVE],
  },
];
