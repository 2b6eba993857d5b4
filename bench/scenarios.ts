import { httpRequest } from './load-client.js';

export interface Scenario {
  /** A short name for the command line. */
  key: string;
  name: string;
  request: Buffer;
  /** What the bare server and plain Hono get: the same request, except that they cannot parse ACTION. */
  bare: Buffer;
}

const same = (key: string, name: string, request: Buffer): Scenario => ({ key, name, request, bare: request });

/** The routes the issue names, each as one serialized request that the load client sends again and again. */
export const SCENARIOS: readonly Scenario[] = [
  same('groups', 'GET /groups', httpRequest('GET', '/groups')),
  same('group', 'GET /group/{uid}', httpRequest('GET', '/group/0123-CDEF')),
  same('vnc', 'PUT /computer/123456/VNC', httpRequest('PUT', '/computer/123456/VNC', { quality: 'low' })),
  {
    key: 'action',
    name: 'ACTION /connection/{uid}/connect',
    request: httpRequest('ACTION', '/connection/1000-0001/connect'),
    bare: httpRequest('POST', '/connection/1000-0001/connect'),
  },
  same('create', 'PUT /connection/ (create)', httpRequest('PUT', '/connection/', { name: 'Bench connection', category_uid: 'A1B2-C3D4' })),
];
