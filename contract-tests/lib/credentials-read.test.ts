import { describe, expect, it } from 'vitest';
import { credentialsRead, learnCredentialsRead } from './credentials-read.js';
import type { Reply } from './exchange.js';
import type { Expectation } from './expectation.js';
import { createLearned } from './shapes/learned.js';
import { type Reader, type Snapshot, takeSnapshot } from './snapshot.js';

const reply = (path: string, status: number, body: unknown): Reply =>
  ({
    status,
    body,
    contentType: 'application/json',
    headers: {},
    exchange: { request: { method: 'GET', path, headers: {} }, response: { status, headers: {}, body } },
  }) as unknown as Reply;

/** A target with one computer (`1`) whose VNC has credentials and whose RDP has none (it answers 404). */
function fakeTarget(): { reader: Reader; expected: Map<string, Expectation | number | undefined> } {
  const expected = new Map<string, Expectation | number | undefined>();
  const answers: Record<string, [number, unknown]> = {
    listGroups: [200, []],
    getComputer: [200, { name: 'Mac' }],
    listComputerActions: [200, []],
    listComputerConnections: [200, ['VNC', 'RDP']],
    getComputerConnection: [200, {}],
  };
  const answer = (operationId: string, params: Record<string, string>) => {
    if (operationId !== 'getComputerConnectionCredentials') return reply(operationId, ...(answers[operationId] ?? [404, {}]));
    return params.connection === 'VNC' ? reply('/vnc', 200, { 'vnc.password': 'p' }) : reply('/rdp', 404, { message: 'none' });
  };
  const reader: Reader = {
    learned: createLearned(),
    read: async (operationId, params, expect) => {
      if (operationId === 'getComputerConnectionCredentials') expected.set(params.connection!, expect);
      return answer(operationId, params);
    },
    peek: async (operationId, params) => answer(operationId, params),
  };
  return { reader, expected };
}

describe('what a credentials read of a computer connection must answer', () => {
  it('binds a 200 only where credentials are known to be stored', () => {
    expect(credentialsRead(true, 'VNC')).toMatchObject({ status: 200, source: 'documented' });
    expect(credentialsRead(false, 'VNC')).toMatchObject({ status: 200, source: 'assumed' });
  });

  it('judges the snapshot before the run as assumed, and after it binds a 200 where credentials were read before', async () => {
    const { reader, expected } = fakeTarget();
    const before: Snapshot = await takeSnapshot(reader, ['1']);
    expect(expected.get('VNC')).toMatchObject({ source: 'assumed' });
    expect(expected.get('RDP')).toMatchObject({ source: 'assumed' });
    await takeSnapshot(reader, ['1'], before);
    expect(expected.get('VNC')).toMatchObject({ source: 'documented' });
    expect(expected.get('RDP')).toMatchObject({ source: 'assumed' });
  });

  it('learns what an empty read answers: an error with its status, or an empty answer', () => {
    const refused = createLearned();
    learnCredentialsRead(refused, reply('/vnc', 200, { 'vnc.password': 'p' }));
    expect(refused.policies.has('empty-credentials-read')).toBe(false);
    learnCredentialsRead(refused, reply('/rdp', 404, { message: 'none' }));
    expect(refused.policies.get('empty-credentials-read')).toMatchObject({ outcome: 'error', httpStatus: 404 });
    expect(refused.errors.get('empty-credentials-read')?.answers[0]).toMatchObject({ status: 404, bodyKeys: ['message'] });
    const empty = createLearned();
    learnCredentialsRead(empty, reply('/rdp', 200, {}));
    expect(empty.policies.get('empty-credentials-read')).toMatchObject({ outcome: 'empty-answer', httpStatus: 200 });
  });
});
