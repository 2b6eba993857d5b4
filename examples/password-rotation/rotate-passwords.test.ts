import { type Mock, startMock } from 'remotix-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rotatePasswords } from './rotate-passwords.js';

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ seed: 1 });
});
beforeEach(() => mock.reset());
afterAll(() => mock.close());

const passwordOf = (uid: string) =>
  mock.state({ includeSecrets: true }).connections.find((c) => c.uid === uid)?.credentials?.['rdp.password'];

describe('rotatePasswords against remotix-mock', () => {
  it('rotates the password of every RDP connection in the group, and only those', async () => {
    const result = await rotatePasswords({ baseUrl: mock.url, groupUid: '0123-CDEF', newPassword: (c) => `new-${c.uid}` });
    expect(result).toEqual({ rotated: ['1000-0001'], failed: [] });
    expect(passwordOf('1000-0001')).toBe('new-1000-0001');
    expect(mock.requests({ method: 'PUT' }).map((r) => r.body)).toEqual([{ 'rdp.password': '***' }]);
  });

  it('retries an update that answers 503 while Remotix is busy', async () => {
    mock.setFaults({ rules: [{ method: 'PUT', path: '/connection/*/credentials', status: 503, times: 2 }] });
    const result = await rotatePasswords({ baseUrl: mock.url, groupUid: 'A1B2-C3D4', newPassword: () => 'fresh' });
    expect(result.rotated).toEqual(['1000-0005']);
    expect(mock.requests({ path: '/connection/*/credentials' }).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('reports a connection that keeps failing and leaves its password alone', async () => {
    mock.setFaults({ rules: [{ method: 'PUT', path: '/connection/1000-0005/credentials', status: 503, times: 10 }] });
    const result = await rotatePasswords({ baseUrl: mock.url, groupUid: 'A1B2-C3D4', newPassword: () => 'fresh', retries: 1 });
    expect(result).toEqual({ rotated: [], failed: [{ uid: '1000-0005', status: 503 }] });
    expect(passwordOf('1000-0005')).toBe('Pipeline-42');
  });
});
