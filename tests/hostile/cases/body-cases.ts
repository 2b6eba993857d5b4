import { bytes, type HostileCase, nestedJson, request, SMALL_BODY_LIMIT } from '../hostile-case.js';

const DEEP = 10_000;
const MIB = 1024 * 1024;

const put = (path: string, body: string | Buffer, contentType?: string | null) => request('PUT', path, { body, contentType });

/** Bodies that are not JSON, not objects, not sent as JSON, or too large. */
export const malformedBodyCases: HostileCase[] = [
  { name: 'malformed JSON', writes: [put('/group/', '{"name": ')], statuses: [400] },
  { name: 'JSON with a trailing comma', writes: [put('/connection/', '{"name":"x","category_uid":"0123-CDEF",}')], statuses: [400] },
  { name: 'JSON with single quotes', writes: [put('/group/0123-CDEF', "{'name':'x'}")], statuses: [400] },
  { name: 'two JSON texts in one body', writes: [put('/group/', '{"name":"a"}{"name":"b"}')], statuses: [400] },
  {
    name: 'malformed JSON as an ACTION body',
    writes: [request('ACTION', '/connection/1000-0001/connect', { body: '{' })],
    statuses: [400],
  },
  { name: 'an array body', writes: [put('/group/', '[{"name":"x"}]')], statuses: [400] },
  { name: 'a string body', writes: [put('/group/', '"text"')], statuses: [400] },
  { name: 'a null body', writes: [put('/connection/1000-0001', 'null')], statuses: [400] },
  { name: 'a number body', writes: [put('/connection/1000-0001/credentials', '42')], statuses: [400] },
  { name: 'a boolean body', writes: [put('/computer/123456/VNC', 'true')], statuses: [400] },
  { name: 'a JSON body sent as text/plain', writes: [put('/group/', '{"name":"x"}', 'text/plain')], statuses: [415] },
  { name: 'a JSON body without Content-Type', writes: [put('/group/', '{"name":"x"}', null)], statuses: [415] },
  { name: 'a form-encoded body', writes: [put('/group/', 'name=x', 'application/x-www-form-urlencoded')], statuses: [415] },
  {
    name: 'a multipart body',
    writes: [put('/group/', '--b\r\n\r\n{"name":"x"}\r\n--b--', 'multipart/form-data; boundary=b')],
    statuses: [415],
  },
  {
    name: 'an ACTION body sent as text/plain',
    writes: [request('ACTION', '/connection/1000-0001/connect', { body: '{}', contentType: 'text/plain' })],
    statuses: [415],
  },
  { name: 'a body on a DELETE', writes: [request('DELETE', '/group/A1B2-C3D4', { body: '{}' })], statuses: [400] },
  { name: 'a body on a GET', writes: [request('GET', '/groups', { body: '{}' })], statuses: [400] },
  {
    name: 'a body one byte over the default limit of 1 MiB',
    writes: [put('/group/', `{"name":"${'x'.repeat(MIB - 10)}"}`)],
    statuses: [413],
  },
  {
    name: 'a Content-Length over the limit, before the body arrives',
    writes: [bytes(`PUT /group/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${MIB + 1}\r\n\r\n{"na`)],
    statuses: [413],
  },
  {
    name: 'a body over a configured limit of 1 KiB',
    server: 'small',
    writes: [put('/group/', `{"name":"${'x'.repeat(SMALL_BODY_LIMIT)}"}`)],
    statuses: [413],
  },
  {
    name: 'a chunked body that grows over the configured limit',
    server: 'small',
    writes: [
      bytes('PUT /group/0123-CDEF HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n'),
      bytes(`200\r\n{"name":"${'x'.repeat(0x200 - 9)}\r\n`),
      bytes(`400\r\n${'x'.repeat(0x400)}\r\n0\r\n\r\n`),
    ],
    statuses: [413],
  },
  {
    name: 'an ACTION body over the configured limit',
    server: 'small',
    writes: [request('ACTION', '/connection/1000-0001/connect', { body: `{"a":"${'x'.repeat(SMALL_BODY_LIMIT)}"}` })],
    statuses: [413],
  },
  { name: `arrays nested ${DEEP} deep`, writes: [put('/group/', nestedJson(DEEP, 'array'))], statuses: [400] },
  { name: `objects nested ${DEEP} deep`, writes: [put('/connection/1000-0001', nestedJson(DEEP, 'object'))], statuses: [400] },
  {
    name: `a name that is an object nested ${DEEP} deep`,
    writes: [put('/group/0123-CDEF', `{"name":${nestedJson(DEEP, 'object')}}`)],
    statuses: [400],
  },
  {
    name: `an ACTION body nested ${DEEP} deep`,
    writes: [request('ACTION', '/computer/123456/chat', { body: nestedJson(DEEP, 'array') })],
    statuses: [400],
  },
  {
    name: `a fixture nested ${DEEP} deep to PUT /__admin/state`,
    writes: [put('/__admin/state', nestedJson(DEEP, 'object'))],
    statuses: [400],
  },
];

/** `__proto__`, `constructor` and `prototype`, at the top and deeper. */
export const prototypeKeyCases: HostileCase[] = [
  { name: 'a __proto__ key next to a valid name', writes: [put('/group/', '{"name":"x","__proto__":{"polluted":true}}')], statuses: [400] },
  {
    name: 'a __proto__ key among credentials',
    writes: [put('/connection/1000-0001/credentials', '{"rdp.username":"a","__proto__":{"polluted":true}}')],
    statuses: [400],
  },
  {
    name: 'a __proto__ key in a settings patch',
    writes: [put('/computer/123456/VNC', '{"quality":"low","__proto__":{"view_only":true}}')],
    statuses: [400],
  },
  {
    name: 'a __proto__ key as the only key of an update',
    writes: [put('/computer/123456', '{"__proto__":{"name":"x"}}')],
    statuses: [400],
  },
  { name: 'a __proto__ key inside a name', writes: [put('/group/0123-CDEF', '{"name":{"__proto__":{"polluted":true}}}')], statuses: [400] },
  {
    name: 'a constructor.prototype key',
    writes: [put('/connection/1000-0002', '{"name":"x","constructor":{"prototype":{"polluted":true}}}')],
    statuses: [400],
  },
  {
    name: 'a prototype key',
    writes: [put('/computer/123456/RDP_3390', '{"resolution":"auto","prototype":{"polluted":true}}')],
    statuses: [400],
  },
  {
    name: 'a __proto__ key in an ACTION body',
    writes: [request('ACTION', '/connection/1000-0001/connect', { body: '{"__proto__":{"polluted":true}}' })],
    statuses: [400],
  },
  {
    name: 'a __proto__ key deep in a fixture to PUT /__admin/state',
    writes: [
      put(
        '/__admin/state',
        '{"groups":[{"group_uid":"0123-CDEF","name":"x","__proto__":{"polluted":true}}],"connections":[],"computers":[],"nearby":[]}',
      ),
    ],
    statuses: [400],
  },
  {
    name: 'a constructor key in computer settings of a fixture to POST /__admin/reset',
    writes: [
      request('POST', '/__admin/reset', {
        body: '{"groups":[{"group_uid":"0123-CDEF","name":"x"}],"connections":[],"nearby":[],"computers":[{"computer_id":"1","name":"c","category_uid":"0123-CDEF","connections":{"VNC":{"settings":{"constructor":{"prototype":{"polluted":true}}}}}}]}',
      }),
    ],
    statuses: [400],
  },
  {
    name: 'a __proto__ key in a fault rule',
    writes: [put('/__admin/faults', '{"rules":[{"path":"/groups","status":503,"__proto__":{"polluted":true}}]}')],
    statuses: [400],
  },
];
