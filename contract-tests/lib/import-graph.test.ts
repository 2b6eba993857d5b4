import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './package-files.js';

const KIT = join(PACKAGE_ROOT, 'contract-tests');

/** Every TypeScript file of the kit (tests left out) and the files it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const files = (readdirSync(KIT, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(KIT, f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imports = [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)].map(([, spec]) =>
      resolve(dirname(file), spec!.replace(/\.js$/, '.ts')),
    );
    graph.set(file, imports);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...path.slice(path.indexOf(file)), file].map((f) => relative(KIT, f)));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) if (graph.has(next)) walk(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

describe("the contract kit's modules", () => {
  it('import one another without circles', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it('import nothing from the mock (src/)', () => {
    const intoSrc = [...importGraph()].flatMap(([file, imports]) =>
      imports
        .filter((target) => relative(PACKAGE_ROOT, target).startsWith('src/'))
        .map((target) => `${relative(KIT, file)} → ${relative(PACKAGE_ROOT, target)}`),
    );
    expect(intoSrc).toEqual([]);
  });
});
