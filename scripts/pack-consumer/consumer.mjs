// Run by scripts/check-pack.sh in a folder where only the packed remotix-mock is installed.
import assert from 'node:assert/strict';
import { startMock } from 'remotix-mock';
import { createMockAdminClient, createRemotixClient } from 'remotix-mock/client';

const mock = await startMock({ port: 0 });
try {
  const client = createRemotixClient({ baseUrl: mock.url });
  const groups = await client.listGroups();
  assert.equal(groups.status, 200);
  assert.equal(groups.body.groups.length, 3);
  assert.equal((await client.connectConnection({ uid: '1000-0001' })).status, 200);
  assert.equal((await client.getGroup({ group_uid: 'FFFF-0000' })).status, 404);
  const journal = await createMockAdminClient({ baseUrl: mock.url }).listActions();
  assert.deepEqual(
    journal.body.actions.map((a) => a.path),
    ['/connection/1000-0001/connect'],
  );
  console.log(`  consumer.mjs: startMock at ${mock.url}; listGroups 200; connectConnection (ACTION) 200; journaled`);
} finally {
  await mock.close();
}
