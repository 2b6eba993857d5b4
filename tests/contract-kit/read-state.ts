/** Everything a client can read from a server, over HTTP, for "nothing changed" comparisons in these tests. */
export async function readState(url: string): Promise<unknown> {
  const get = async (path: string): Promise<any> => {
    const response = await fetch(`${url}${path}`);
    return { status: response.status, body: await response.json() };
  };
  const groups = await get('/groups');
  const items: Record<string, unknown> = {};
  const computers: Record<string, unknown> = {};
  for (const { group_uid: uid } of groups.body.groups) {
    items[uid] = await get(`/group/${uid}`);
    for (const { computer_id: id } of (items[uid] as any).body.computers) {
      const connections = await get(`/computer/${id}/connections`);
      const details: Record<string, unknown> = {};
      for (const { connection } of connections.body.connections) {
        details[connection] = {
          settings: await get(`/computer/${id}/${connection}`),
          credentials: await get(`/computer/${id}/${connection}/credentials`),
        };
      }
      computers[id] = { main: await get(`/computer/${id}`), actions: await get(`/computer/${id}/actions`), connections, details };
    }
  }
  return { groups, items, computers };
}
