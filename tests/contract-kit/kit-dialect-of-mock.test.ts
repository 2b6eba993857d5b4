import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKitBin } from './kit-bin.js';

type Json = Record<string, any>;

const at = (doc: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node === null || typeof node !== 'object' ? undefined : (node as Json)[key]), doc);

/** A key path in any of its forms (`["a", "b"]`, `"a"`, `"/a/b"`) as a JSON Pointer. */
const asPointer = (path: unknown) =>
  Array.isArray(path)
    ? path.map((key) => `/${key}`).join('')
    : typeof path === 'string' && !path.startsWith('/') && path !== ''
      ? `/${path}`
      : path;

/** What the kit wrote, in the default's terms: key paths as pointers; of an error, its status and body kind. */
function comparable(pointer: string, value: unknown, defaults: Json): unknown {
  // A setting's schema is never seen (the kit writes any value): its name and default are.
  if (/^\/settings\/types\/[^/]+\/keys$/.test(pointer))
    return Object.fromEntries(Object.entries(value as Json).map(([key, setting]) => [key, (setting as Json).default]));
  if (/^\/answers\/[^/]+\/(at|connections|computers)$/.test(pointer)) return asPointer(value);
  if (/^\/answers\/[^/]+\/contentType$/.test(pointer)) return value === defaults.success.contentType ? undefined : value;
  if (/^\/errors\/byKind\/[^/]+$/.test(pointer)) {
    const kind = (value ?? (pointer.endsWith('/invalid-query') ? defaults.errors.byKind.validation : undefined)) as Json;
    // invalid-query falls back to validation when a dialect does not give it.
    return { status: kind.status, body: kind.body?.kind ?? defaults.errors.body.kind };
  }
  return value;
}

describe('the dialect a kit run writes against the mock', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("agrees with the mock's default dialect in every entry it observed", async () => {
    const reportDir = await mkdtemp(join(tmpdir(), 'remotix-kit-dialect-'));
    dirs.push(reportDir);
    const { code, output } = await runKitBin(['--report-dir', reportDir]);
    expect(code, output).toBe(0);
    const written = JSON.parse(await readFile(join(reportDir, 'dialect.json'), 'utf8')) as Json;
    const defaults = JSON.parse(await readFile(new URL('../../dialect/default.json', import.meta.url), 'utf8')) as Json;
    const observed = Object.entries(written.provenance as Json).filter(([, p]) => p === 'observed' || p?.status === 'observed');
    expect(observed.length).toBeGreaterThan(40);
    const differences = observed
      .map(([pointer]) => [
        pointer,
        comparable(pointer, at(written, pointer), defaults),
        comparable(pointer, at(defaults, pointer), defaults),
      ])
      .filter(([, kit, mock]) => JSON.stringify(kit) !== JSON.stringify(mock));
    // The mock's computer ids in its fixtures are all six digits: the kit cannot know that more would do.
    expect(differences).toEqual([['/ids/computer', { type: 'string', pattern: '^[0-9]{6}$' }, defaults.ids.computer]]);
  }, 60_000);
});
