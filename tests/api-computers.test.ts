import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const get = async (path: string) => (await t.call('GET', path)).body;

describe('cloud computers over HTTP', () => {
  it('reads the main settings of the reference computer 123456', async () => {
    const { body } = await t.expectCall('getComputer', { computer_id: '123456' }, 200);
    expect(body).toEqual({ computer_id: '123456', name: 'Studio Mac', category_uid: '0123-CDEF' });
  });

  it('renames a computer and moves it to another group', async () => {
    await t.expectCall('updateComputer', { computer_id: '123456' }, 200, { name: 'Edit suite', category_uid: '4567-89AB' });
    expect(await get('/computer/123456')).toEqual({ computer_id: '123456', name: 'Edit suite', category_uid: '4567-89AB' });
    expect((await get('/group/0123-CDEF')).computers).toEqual([]);
    expect((await get('/group/4567-89AB')).computers.map((c: { computer_id: string }) => c.computer_id)).toEqual(['654321', '123456']);
  });

  it('lists the actions that follow from the connections', async () => {
    const { body } = await t.expectCall('listComputerActions', { computer_id: '123456' }, 200);
    expect(body.actions).toEqual(['chat', 'VNC/control', 'RDP_3390/control', 'NEAR/control', 'NEAR/curtain', 'NEAR/observe', 'NEAR/ft']);
  });

  it('lists the configured connections with type and port', async () => {
    const { body } = await t.expectCall('listComputerConnections', { computer_id: '123456' }, 200);
    expect(body.connections).toEqual([
      { connection: 'VNC', type: 'VNC', port: null },
      { connection: 'RDP_3390', type: 'RDP', port: 3390 },
      { connection: 'NEAR', type: 'NEAR', port: null },
    ]);
  });

  it.each([
    ['VNC', { host: 'studio-mac.example.net', quality: 'high', view_only: false, scaling: 'fit' }],
    ['RDP_3390', { host: 'studio-mac.example.net', resolution: '1920x1080', color_depth: 24, sound: 'local', admin_session: false }],
    ['NEAR', { quality: 'auto', curtain_on_connect: true, sound: true, clipboard_sync: true }],
  ])('reads every setting of %s, defaults included, without credentials', async (connection, settings) => {
    const { body } = await t.expectCall('getComputerConnection', { computer_id: '123456', connection }, 200);
    expect(body).toEqual(settings);
  });

  it('changes only the keys given, and null resets a key to its default', async () => {
    await t.expectCall('updateComputerConnection', { computer_id: '123456', connection: 'VNC' }, 200, { view_only: true, quality: null });
    expect(await get('/computer/123456/VNC')).toEqual({ host: 'studio-mac.example.net', quality: 'auto', view_only: true, scaling: 'fit' });
  });

  it('sets and clears credentials through the connection update', async () => {
    await t.expectCall('updateComputerConnection', { computer_id: '123456', connection: 'RDP_3390' }, 200, {
      password: 'new-one',
      domain: null,
    });
    expect(await get('/computer/123456/RDP_3390/credentials')).toEqual({ username: 'Administrator', password: 'new-one' });
  });

  it('reads credentials only from the credentials operation', async () => {
    const { body } = await t.expectCall('getComputerConnectionCredentials', { computer_id: '123456', connection: 'NEAR' }, 200);
    expect(body).toEqual({ username: 'studio', password: 'Near-Studio-3' });
    expect(JSON.stringify(await get('/computer/123456/NEAR'))).not.toContain('Near-Studio-3');
  });

  it('deletes credentials, leaving an empty object', async () => {
    await t.expectCall('deleteComputerConnectionCredentials', { computer_id: '123456', connection: 'VNC' }, 200);
    expect(await get('/computer/123456/VNC/credentials')).toEqual({});
    expect(await get('/computer/123456/VNC')).toEqual(expect.objectContaining({ quality: 'high' }));
  });

  it('deletes a connection: it answers 404 and its actions are gone', async () => {
    await t.expectCall('deleteComputerConnection', { computer_id: '123456', connection: 'NEAR' }, 200);
    await t.expectCall('getComputerConnection', { computer_id: '123456', connection: 'NEAR' }, 404);
    await t.expectCall('getComputerConnectionCredentials', { computer_id: '123456', connection: 'NEAR' }, 404);
    expect((await get('/computer/123456/actions')).actions).toEqual(['VNC/control', 'RDP_3390/control']);
  });

  it('adds a connection the computer lacks on update, with defaults for the keys not given', async () => {
    await t.expectCall('updateComputerConnection', { computer_id: '654321', connection: 'RDP' }, 200, { host: 'nas.home.arpa' });
    expect(await get('/computer/654321/RDP')).toEqual({
      host: 'nas.home.arpa',
      resolution: 'auto',
      color_depth: 32,
      sound: 'local',
      admin_session: false,
    });
    expect((await get('/computer/654321/actions')).actions).toEqual(['VNC_5901/control', 'RDP/control']);
  });

  it('deletes a computer, which then answers 404 and leaves its group', async () => {
    await t.expectCall('deleteComputer', { computer_id: '654321' }, 200);
    await t.expectCall('getComputer', { computer_id: '654321' }, 404);
    await t.expectCall('listComputerActions', { computer_id: '654321' }, 404);
    await t.expectCall('listComputerConnections', { computer_id: '654321' }, 404);
    expect((await get('/group/4567-89AB')).computers).toEqual([]);
  });

  it.each([
    ['getComputer', { computer_id: '999' }, 404, undefined],
    ['getComputer', { computer_id: 'abc' }, 400, undefined],
    ['getComputerConnection', { computer_id: '123456', connection: 'RDP' }, 404, undefined],
    ['getComputerConnection', { computer_id: '123456', connection: 'SSH' }, 400, undefined],
    ['getComputerConnection', { computer_id: '123456', connection: 'RDP_0' }, 400, undefined],
    ['getComputerConnection', { computer_id: '123456', connection: 'RDP_65536' }, 400, undefined],
    ['updateComputer', { computer_id: '123456' }, 422, { category_uid: 'FFFF-0000' }],
    ['updateComputer', { computer_id: '123456' }, 400, { host: 'x' }],
    ['updateComputerConnection', { computer_id: '123456', connection: 'VNC' }, 400, { domain: 'x' }],
    ['updateComputerConnection', { computer_id: '123456', connection: 'NEAR' }, 400, { host: 'x' }],
    ['updateComputerConnection', { computer_id: '123456', connection: 'RDP_3390' }, 400, { color_depth: 8 }],
    ['updateComputerConnection', { computer_id: '123456', connection: 'VNC' }, 400, {}],
    ['updateComputerConnection', { computer_id: '999', connection: 'VNC' }, 404, { quality: 'low' }],
    ['deleteComputerConnection', { computer_id: '654321', connection: 'VNC' }, 404, undefined],
    ['deleteComputerConnectionCredentials', { computer_id: '654321', connection: 'VNC' }, 404, undefined],
    ['deleteComputer', { computer_id: '999' }, 404, undefined],
  ])('%s with %j and %j answers %i', async (operationId, params, status, body) => {
    await t.expectCall(operationId, params as Record<string, string>, status, body);
  });
});
