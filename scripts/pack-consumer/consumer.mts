// Type-checked (not run) by scripts/check-pack.sh against the installed package's declarations.
import { type Mock, startMock } from 'remotix-mock';
import { createRemotixClient, type RemotixClient, type RemotixComponents } from 'remotix-mock/client';

export async function useIt(): Promise<string[]> {
  const mock: Mock = await startMock({ port: 0 });
  const client: RemotixClient = createRemotixClient({ baseUrl: mock.url, timeoutMs: 5_000 });
  const response = await client.listGroups();
  const groups: RemotixComponents['schemas']['Group'][] = response.status === 200 ? response.body.groups : [];
  await client.runComputerAction({ computer_id: '123456', connection: 'NEAR', action: 'observe' });
  // @ts-expect-error renameGroup needs { group_uid } first
  await client.renameGroup({ name: 'x' });
  await mock.close();
  return groups.map((g) => g.group_uid);
}
