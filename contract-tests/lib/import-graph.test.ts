import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './package-files.js';
import { importCircles, importGraph, importsInto } from './testing/import-graph.js';

const KIT = join(PACKAGE_ROOT, 'contract-tests');
const READER = join(PACKAGE_ROOT, 'openapi-reader');

describe('the import walker', () => {
  it('finds a circle, type-only, multi-line and dynamic imports included', () => {
    const folder = mkdtempSync(join(tmpdir(), 'remotix-imports-'));
    try {
      writeFileSync(join(folder, 'a.ts'), "import {\n  b,\n} from './b.js';\nexport const a = b;\n");
      writeFileSync(join(folder, 'b.ts'), "import type { C } from './c.js';\nexport const b: C = 1;\n");
      writeFileSync(join(folder, 'c.ts'), "export type { A as C } from './a.js';\n");
      writeFileSync(join(folder, 'd.ts'), "export const d = () => import('./e.js');\n");
      writeFileSync(join(folder, 'e.ts'), "import { d } from './d.js';\nexport const e = d;\n");
      expect(importCircles(importGraph(folder), folder)).toEqual([
        ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
        ['d.ts', 'e.ts', 'd.ts'],
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("the contract kit's modules", () => {
  it('import one another without circles', () => {
    expect(importCircles(importGraph(KIT), KIT)).toEqual([]);
  });

  it('import nothing from the mock (src/)', () => {
    expect(importsInto(importGraph(KIT), PACKAGE_ROOT, ['src'])).toEqual([]);
  });
});

describe('the OpenAPI reader (openapi-reader/), shared by the mock, the kit, the scripts and the tests', () => {
  it('imports nothing from the mock (src/) or the kit (contract-tests/)', () => {
    expect(importsInto(importGraph(READER), PACKAGE_ROOT, ['src', 'contract-tests'])).toEqual([]);
  });

  it('imports within itself without circles', () => {
    expect(importCircles(importGraph(READER), READER)).toEqual([]);
  });

  it('is what the kit reads documents with', () => {
    expect(importsInto(importGraph(KIT), PACKAGE_ROOT, ['openapi-reader'])).toContain(
      'contract-tests/lib/contract.ts → openapi-reader/list-operations.ts',
    );
  });
});
