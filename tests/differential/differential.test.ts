import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations } from '../../openapi-reader/list-operations.js';
import { loadDialect } from '../../src/dialect/load-dialect.js';
import { createPathNormalizer } from '../../src/http/normalize-path.js';
import { loadDescriptions } from '../../src/load-descriptions.js';
import { createExchangeChecker, type ExchangeChecker } from '../../src/proxy/create-exchange-checker.js';
import { type Mock, startMock } from '../../src/start-mock.js';
import { diffSequence } from './diff-sequence.js';
import { hasPython, type IndependentServer, startIndependent } from './independent-server.js';
import { PRESETS } from './presets.js';
import { runBoth } from './run-both.js';

const python = hasPython();
if (!python) console.warn('differential test SKIPPED: python3 (3.11 or later) is not on PATH');

/**
 * The independent Python Remotix in one of its presets, and the mock serving the dialect and fixture
 * written by hand for that preset: one scripted sequence goes to both, and every answer must agree in
 * status, content type, Allow header and body (success bodies as they are once created ids are mapped and
 * times set aside; error bodies, and ACTION answers, by their shape).
 */
describe.skipIf(!python).each(PRESETS)('the mock with the dialect of the independent server, preset $name', (preset) => {
  let independent: IndependentServer;
  let mock: Mock;
  let check: ExchangeChecker;
  beforeAll(async () => {
    const dialect = await loadDialect(preset.dialect);
    const descriptions = await loadDescriptions(undefined, undefined, dialect);
    const { errors } = descriptions.dialect;
    const operations = listOperations(descriptions.fittedDocument!);
    const tolerant = descriptions.dialect.paths.trailingSlash === 'tolerant';
    const normalize = tolerant ? createPathNormalizer(operations.map((operation) => operation.path)) : undefined;
    check = createExchangeChecker(
      operations,
      [errors.byKind['unknown-path'].status, errors.byKind['method-not-allowed'].status],
      normalize,
    );
    [independent, mock] = await Promise.all([
      startIndependent(preset.name),
      startMock({ descriptions, fixtures: preset.fixture, seed: 1 }),
    ]);
  }, 60_000);
  afterAll(() => Promise.all([independent?.close(), mock?.close()]));

  it('answers the whole scripted sequence as the independent server does', async () => {
    const steps = diffSequence(preset.roles);
    expect(steps.length).toBeGreaterThan(80);
    expect(await runBoth(independent.url, mock.url, preset.roles)).toEqual([]);
  }, 60_000);

  it('answers, on both servers, as the document the dialect implies says (the check --proxy makes)', async () => {
    expect(await runBoth(independent.url, mock.url, preset.roles, check)).toEqual([]);
  }, 60_000);
});

describe.skipIf(!python)('the differential test itself', () => {
  it('finds each choice a dialect gets wrong, and only those', async () => {
    const bare = PRESETS.find((preset) => preset.name === 'bare')!;
    const dialect = JSON.parse(await readFile(bare.dialect, 'utf8'));
    dialect.actions = { ...dialect.actions, chatPosition: 'first' };
    dialect.errors.byKind['method-not-allowed'] = { status: 405, allow: true };
    const [independent, mock] = await Promise.all([startIndependent('bare'), startMock({ dialect, fixtures: bare.fixture, seed: 1 })]);
    try {
      const found = await runBoth(independent.url, mock.url, bare.roles);
      const steps = new Set(found.map((line) => line.slice(0, line.indexOf(':'))));
      expect([...steps]).toEqual([
        '#5 GET /computer/123456/actions',
        '#71 POST /groups',
        '#72 DELETE /nearby',
        '#73 PATCH /computer/123456',
      ]);
    } finally {
      await Promise.all([independent.close(), mock.close()]);
    }
  }, 60_000);
});
