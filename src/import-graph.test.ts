import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, importsInto } from '../contract-tests/lib/testing/import-graph.js';
import { PACKAGE_ROOT } from './package-paths.js';

const SRC = fileURLToPath(new URL('.', import.meta.url));

describe("the mock's modules (src/)", () => {
  it('import one another without circles', () => {
    expect(importCircles(importGraph(SRC), SRC)).toEqual([]);
  });

  it('import nothing from the contract kit (contract-tests/)', () => {
    expect(importsInto(importGraph(SRC), PACKAGE_ROOT, ['contract-tests'])).toEqual([]);
  });
});
