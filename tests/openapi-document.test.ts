import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listOperations } from '../openapi-reader/list-operations.js';
import { API_DOCUMENT, PACKAGE_ROOT } from '../src/package-paths.js';

const raw = parse(readFileSync(API_DOCUMENT, 'utf8'));
const decisionsDir = join(PACKAGE_ROOT, 'docs', 'decisions');

/** Every node of the raw document that carries x-remotix-source, with its JSON path. */
function marked(node: unknown, path = ''): Array<{ path: string; node: Record<string, unknown> }> {
  if (node === null || typeof node !== 'object') return [];
  const own = 'x-remotix-source' in node ? [{ path, node: node as Record<string, unknown> }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => marked(value, `${path}/${key}`))];
}

const operations = listOperations(raw).map(({ method, path, definition }) => ({ where: `${method} ${path}`, op: definition as any }));

describe('openapi/remotix.yaml', () => {
  it('describes the 24 operations of the reference', () => {
    expect(operations).toHaveLength(24);
  });

  it('marks every operation, response and media type as documented or assumed', () => {
    const unmarked: string[] = [];
    const resolve = (value: any) =>
      value.$ref
        ? value.$ref
            .split('/')
            .slice(1)
            .reduce((n: any, k: string) => n[k], raw)
        : value;
    for (const { where, op } of operations) {
      if (!op['x-remotix-source']) unmarked.push(where);
      for (const [status, ref] of Object.entries<any>(op.responses)) {
        const response = resolve(ref);
        if (!response['x-remotix-source']) unmarked.push(`${where} ${status}`);
        for (const [type, media] of Object.entries<any>(response.content ?? {})) {
          if (!media['x-remotix-source']) unmarked.push(`${where} ${status} ${type}`);
        }
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('links every assumed behaviour to a decision that exists', () => {
    const assumed = marked(raw).filter(({ node }) => node['x-remotix-source'] === 'assumed');
    expect(assumed.length).toBeGreaterThan(20);
    for (const { path, node } of assumed) {
      const decision = node['x-remotix-decision'];
      expect(decision, path).toMatch(/^docs\/decisions\/\d{3}-[a-z0-9-]+\.md$/);
      expect(existsSync(join(PACKAGE_ROOT, decision as string)), `${path} → ${decision}`).toBe(true);
    }
  });

  it('has no decision file that nothing refers to', () => {
    const text = readFileSync(API_DOCUMENT, 'utf8');
    expect(raw.info['x-remotix-decisions'].every((d: string) => existsSync(join(PACKAGE_ROOT, d)))).toBe(true);
    const files = readdirSync(decisionsDir).filter((f) => /^\d{3}-/.test(f) && f !== '000-source-marks.md');
    expect(files.filter((file) => !text.includes(`docs/decisions/${file}`))).toEqual([]);
  });
});

describe('openapi/admin.yaml', () => {
  it('validates and describes only paths under /__admin', async () => {
    const { loadApiDescription } = await import('../src/openapi/load-api-description.js');
    const { ADMIN_DOCUMENT } = await import('../src/package-paths.js');
    const admin = await loadApiDescription(ADMIN_DOCUMENT);
    expect(admin.operations.length).toBeGreaterThanOrEqual(18);
    expect(admin.operations.filter((op) => op.path !== '/__admin' && !op.path.startsWith('/__admin/'))).toEqual([]);
  });
});
