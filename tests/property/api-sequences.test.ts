import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/start-mock.js';
import { type ApiClient, createApiClient } from './api-client.js';
import { modelFromState } from './api-model.js';
import { CREDENTIAL_MARK } from './check-invariants.js';
import { invalidCommands, readCommands } from './invalid-commands.js';
import { modelCommands } from './model-commands.js';
import { type ApiSchemas, loadApiSchemas } from './openapi-schemas.js';
import { lengthOf, type Tweaks } from './schema-arbitraries.js';

/** Fixed in CI; `FC_SEED=<n>` replays a failure (the seed is printed with it), `FC_RUNS=<n>` runs more. */
const SEED = Number(process.env.FC_SEED ?? 20_261_125);
const RUNS = Number(process.env.FC_RUNS ?? 15);
const MAX_COMMANDS = 30;

let mock: Mock;
let api: ApiClient;
let schemas: ApiSchemas;
const statuses = new Set<number>();

beforeAll(async () => {
  schemas = await loadApiSchemas();
  mock = await startMock();
  api = createApiClient(mock.url, (status) => statuses.add(status));
});
afterAll(() => mock.close());

/** Every generated credential carries the mark, so a list that shows one is caught for sure. */
function markCredentials(): Tweaks {
  const marked = (arbitrary: fc.Arbitrary<unknown>) =>
    arbitrary.map((value) => [...`${CREDENTIAL_MARK}${value as string}`].slice(0, 1024).join(''));
  return new Map([[schemas.component('Secret'), marked]]);
}

it('keeps the invariants through random sequences of valid, invalid and unknown-id requests, and never answers 5xx', async () => {
  const tweaks = markCredentials();
  const invalid = invalidCommands(schemas, tweaks, CREDENTIAL_MARK);
  const commands = [...modelCommands(schemas, tweaks, CREDENTIAL_MARK), ...invalid, ...invalid, ...readCommands(schemas, tweaks)];
  const property = fc.asyncProperty(fc.commands(commands, { maxCommands: MAX_COMMANDS, size: 'max' }), async (sequence) => {
    expect((await api.send('POST', '/__admin/reset')).status).toBe(200);
    const state = (await api.send('GET', '/__admin/state?includeSecrets=true')).body;
    await fc.asyncModelRun(() => ({ model: modelFromState(state, schemas.settingsDefaults), real: api }), sequence);
  });
  try {
    await fc.assert(property, { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true });
  } catch (error) {
    (error as Error).message = `replay with FC_SEED=${SEED} FC_RUNS=${RUNS}\n${(error as Error).message}`;
    throw error;
  }
  // The runs met every outcome the model predicts, so none of them can pass by never happening.
  expect([...statuses].sort()).toEqual([200, 400, 404, 409, 422]);
}, 120_000);

it('marks credentials without making them invalid', () => {
  const secret = schemas.component('Secret');
  const marked = [...`${CREDENTIAL_MARK}${'p'.repeat(1024)}`].slice(0, 1024).join('');
  expect(lengthOf(marked)).toBe(1024);
  expect(schemas.isValid(secret, marked)).toBe(true);
  expect(schemas.isValid(schemas.component('Name'), `a${CREDENTIAL_MARK}`)).toBe(false);
  expect(schemas.isValid(schemas.component('Host'), `a${CREDENTIAL_MARK}`)).toBe(false);
});
