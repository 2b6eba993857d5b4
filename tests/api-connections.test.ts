import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const itemsOf = async (groupUid: string) => (await t.call('GET', `/group/${groupUid}`)).body.connections;

describe('connections over HTTP', () => {
  it('creates a connection in the group named by category_uid', async () => {
    const { body } = await t.expectCall('createConnection', {}, 200, { name: 'Kiosk', category_uid: '4567-89AB' });
    expect(body.uid).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(await itemsOf('4567-89AB')).toContainEqual({
      uid: body.uid,
      name: 'Kiosk',
      category_uid: '4567-89AB',
      protocol: null,
      has_credentials: false,
    });
  });

  it('renames a connection and moves it to another group', async () => {
    await t.expectCall('updateConnection', { uid: '1000-0001' }, 200, { name: 'Front desk', category_uid: 'A1B2-C3D4' });
    expect((await itemsOf('0123-CDEF')).map((c: { uid: string }) => c.uid)).not.toContain('1000-0001');
    expect(await itemsOf('A1B2-C3D4')).toContainEqual(
      expect.objectContaining({ uid: '1000-0001', name: 'Front desk', category_uid: 'A1B2-C3D4' }),
    );
  });

  it('changes only the keys given on update', async () => {
    await t.expectCall('updateConnection', { uid: '1000-0002' }, 200, { name: 'Design Studio' });
    expect(await itemsOf('0123-CDEF')).toContainEqual(
      expect.objectContaining({ uid: '1000-0002', name: 'Design Studio', category_uid: '0123-CDEF' }),
    );
  });

  it.each([
    ['NEAR', { 'rxp.username': 'u', 'rxp.password': 'p' }],
    ['RDP', { 'rdp.username': 'u', 'rdp.password': 'p', 'rdp.domain': 'd' }],
    ['Apple Screen Sharing', { 'apple.username': 'u', 'apple.password': 'p' }],
  ])('sets %s credentials, which show as stored but are never returned', async (_, credentials) => {
    const { body } = await t.call('PUT', '/connection/', { name: 'New', category_uid: '4567-89AB' });
    await t.expectCall('setConnectionCredentials', { uid: body.uid }, 200, credentials);
    const listed = await itemsOf('4567-89AB');
    expect(listed).toContainEqual(expect.objectContaining({ uid: body.uid, has_credentials: true }));
    expect(JSON.stringify(listed)).not.toContain('"p"');
  });

  it('deletes credentials, and deleting them again is not an error', async () => {
    await t.expectCall('deleteConnectionCredentials', { uid: '1000-0001' }, 200);
    expect(await itemsOf('0123-CDEF')).toContainEqual(expect.objectContaining({ uid: '1000-0001', has_credentials: false }));
    await t.expectCall('deleteConnectionCredentials', { uid: '1000-0001' }, 200);
  });

  it('deletes a connection, which then answers 404', async () => {
    await t.expectCall('deleteConnection', { uid: '1000-0004' }, 200);
    expect(await itemsOf('4567-89AB')).toEqual([]);
    await t.expectCall('updateConnection', { uid: '1000-0004' }, 404, { name: 'x' });
    await t.expectCall('deleteConnection', { uid: '1000-0004' }, 404);
  });

  it.each([
    ['createConnection', {}, 422, { name: 'x', category_uid: 'FFFF-0000' }],
    ['createConnection', {}, 400, { name: 'x' }],
    ['createConnection', {}, 400, { name: 'x', category_uid: '0123-CDEF', protocol: 'VNC' }],
    ['updateConnection', { uid: '1000-0001' }, 400, {}],
    ['updateConnection', { uid: '1000-0001' }, 422, { category_uid: 'FFFF-0000' }],
    ['updateConnection', { uid: 'FFFF-0000' }, 404, { name: 'x' }],
    ['setConnectionCredentials', { uid: '1000-0001' }, 400, { 'ssh.password': 'x' }],
    ['setConnectionCredentials', { uid: '1000-0001' }, 400, { 'rdp.password': 5 }],
    ['setConnectionCredentials', { uid: '1000-0001' }, 400, {}],
    ['setConnectionCredentials', { uid: 'FFFF-0000' }, 404, { 'rdp.password': 'x' }],
    ['deleteConnectionCredentials', { uid: 'FFFF-0000' }, 404, undefined],
  ])('%s with %j and %j answers %i', async (operationId, params, status, body) => {
    await t.expectCall(operationId, params as Record<string, string>, status, body);
  });

  it('names the offending field of a bad body', async () => {
    const { body } = await t.call('PUT', '/connection/1000-0001/credentials', { 'rdp.password': 5, 'vnc.password': 'x' });
    expect(body.errors).toEqual([
      { path: '/body/vnc.password', message: 'is not allowed' },
      { path: '/body/rdp.password', message: 'must be string' },
    ]);
  });
});
