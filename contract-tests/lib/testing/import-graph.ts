import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Files by absolute path, each with the files it imports (relative imports only, type-only ones included). */
export type ImportGraph = Map<string, string[]>;

/**
 * Every TypeScript file under `folder` (tests left out) and the files it imports, `import('./x.js')` included:
 * a module loaded on demand is still a dependency, and a circle through it is still a circle.
 */
export function importGraph(folder: string): ImportGraph {
  const files = (readdirSync(folder, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(folder, f));
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/gm)].map(
      ([, spec, dynamic]) => resolve(dirname(file), (spec ?? dynamic)!.replace(/\.js$/, '.ts')),
    );
    graph.set(file, imports);
  }
  return graph;
}

/** The import circles inside the graph, each as the files around it, relative to `root`. */
export function importCircles(graph: ImportGraph, root: string): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) if (graph.has(next)) walk(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

/** `file → target` for each import of the graph that leaves for one of `folders` (relative to `root`). */
export function importsInto(graph: ImportGraph, root: string, folders: readonly string[]): string[] {
  return [...graph].flatMap(([file, imports]) =>
    imports
      .filter((target) => folders.some((folder) => relative(root, target).startsWith(`${folder}/`)))
      .map((target) => `${relative(root, file)} → ${relative(root, target)}`),
  );
}
