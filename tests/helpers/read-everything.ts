import type { TestMock } from './test-mock.js';

/**
 * Everything the API lets a client read, gathered over HTTP: groups with their items, the Nearby list,
 * every computer with its actions, connections, settings and credentials, and the action journal.
 * Two equal results mean no change a client could see.
 */
export async function readEverything(t: TestMock): Promise<unknown> {
  const get = async (path: string) => (await t.call('GET', path)).body;
  const { groups } = await get('/groups');
  const items = await Promise.all(groups.map((g: { group_uid: string }) => get(`/group/${g.group_uid}`)));
  const computerIds: string[] = items.flatMap((i) => i.computers.map((c: { computer_id: string }) => c.computer_id));
  const computers = await Promise.all(
    computerIds.map(async (id) => {
      const { connections } = await get(`/computer/${id}/connections`);
      const details = await Promise.all(
        connections.map(async ({ connection }: { connection: string }) => ({
          connection,
          settings: await get(`/computer/${id}/${connection}`),
          credentials: await get(`/computer/${id}/${connection}/credentials`),
        })),
      );
      return { main: await get(`/computer/${id}`), actions: await get(`/computer/${id}/actions`), details };
    }),
  );
  return { groups, items, nearby: await get('/nearby'), computers, journal: await get('/__admin/actions') };
}
