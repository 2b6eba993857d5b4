import { attemptCreate } from '../own-resources.js';
import type { ScenarioClient } from '../scenario-client.js';
import { canonical } from '../shapes/derived.js';
import { asObject, json } from '../shapes/json-walk.js';
import { learnName, learnPolicy } from '../shapes/learned.js';
import { chooseArray, locate } from '../shapes/read-lists.js';
import type { ScratchItems } from './scratch-items.js';

/** The list entries that carry the run id, in whatever shape the list of groups takes. */
async function runEntries(client: ScenarioClient): Promise<string[]> {
  const reply = await client.call('listGroups');
  const list = chooseArray(reply.body, client.learned.lists.groups, /group/i)?.list ?? [];
  return list.filter((entry) => json(entry).includes(client.runId)).map(canonical);
}

/** Invalid creates are rejected and create nothing; one a lenient target accepts is owned by the run and cleaned up. */
export async function invalidCreates(client: ScenarioClient, items: ScratchItems): Promise<void> {
  const create = async (
    operationId: 'createGroup' | 'createConnection',
    name: string,
    options: Parameters<typeof attemptCreate>[3],
    status: number,
    what: string,
    kind: string,
  ) => {
    const before = await runEntries(client);
    const reply = await attemptCreate(client, operationId, name, {
      ...options,
      expect: { status, check: 'negative-data-rejection', what, errorKind: kind },
    });
    if (reply.status >= 400 && reply.status < 500) {
      const same = json(before) === json(await runEntries(client));
      client.verify('negative-data-rejection', operationId, 'documented', same, `${what}, and changes nothing`, reply.exchange);
    }
    return reply;
  };
  const name = client.name('invalid');
  await create(
    'createGroup',
    name,
    { raw: { text: JSON.stringify({ name }), contentType: 'text/plain' } },
    415,
    'a body not sent as JSON is a 415',
    'not-json-media-type',
  );
  await create(
    'createGroup',
    name,
    { raw: { text: `{"name": "${name}"`, contentType: 'application/json' } },
    400,
    'a body that is not JSON is a 400',
    'malformed-json',
  );
  const long = `${name} ${'x'.repeat(300)}`;
  const tooLong = await create(
    'createGroup',
    long,
    { body: { name: long } },
    400,
    'a name longer than 255 characters is a 400',
    'name-too-long',
  );
  learnName(client.learned, 'name-too-long', long, tooLong.status, client.run.contract.schema('Name'));
  const unknown = await create(
    'createGroup',
    name,
    { body: { name, colour: 'red' } },
    400,
    'a key the API does not take is a 400',
    'unknown-key',
  );
  await unknownKeyPolicy(client, unknown.status, unknown.body);
  await create(
    'createConnection',
    name,
    { body: { name, category_uid: items.deletedGroup } },
    422,
    'a connection in a group that does not exist is a 422',
    'unknown-reference',
  );
}

/** Refused, or accepted: then whether the target kept the unknown key (it shows in the list) or dropped it. */
async function unknownKeyPolicy(client: ScenarioClient, status: number, body: unknown): Promise<void> {
  if (status >= 400)
    return learnPolicy(client.learned, 'unknown-keys', {
      outcome: 'refused',
      httpStatus: status,
      detail: 'PUT /group/ with a key the reference does not name',
    });
  const id = Object.values(asObject(body) ?? {}).find((v) => typeof v === 'string' || typeof v === 'number');
  const list = await client.call('listGroups');
  const item = id === undefined ? undefined : locate(list.body, String(id), client.learned.lists.groups?.idKey)?.item;
  const outcome = item === undefined ? 'accepted' : 'colour' in item ? 'stored' : 'ignored';
  learnPolicy(client.learned, 'unknown-keys', {
    outcome,
    httpStatus: status,
    detail: 'PUT /group/ with a key the reference does not name was accepted',
  });
}
