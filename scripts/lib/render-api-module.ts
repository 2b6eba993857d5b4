import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';
import { exposeAdditionalOperations } from '../../openapi-reader/additional-operations.js';
import { listOperations, type Operation } from '../../openapi-reader/list-operations.js';

/** Marks the synthetic paths that carry the additional operations through openapi-typescript. */
const SYNTHETIC = '#';

type Json = Record<string, any>;

/**
 * The TypeScript module for one OpenAPI document: openapi-typescript's `paths`, `components` and
 * `operations`, plus `operationTable` (operationId → method and path) for the client to call them.
 * openapi-typescript does not read `x-oai-additionalOperations`, so each such operation is first copied
 * to a synthetic path (`<path>#ACTION`, as `post`) to get its `operations` entry, and the synthetic
 * path is then dropped from `paths`.
 */
export async function renderApiModule(file: string, root: string): Promise<string> {
  const document = parse(await readFile(file, 'utf8')) as Json;
  const operations = listOperations(document);
  const exposed = exposeAdditionalOperations(document, (path, method) => `${path}${SYNTHETIC}${method}`);
  const nodes = await openapiTS(exposed as any, { cwd: pathToFileURL(file), silent: true });
  const source = relative(root, file).split('\\').join('/');
  return [header(source), astToString(nodes.map(dropSyntheticPaths)), renderTable(operations)].join('\n');
}

function dropSyntheticPaths(node: ts.Node): ts.Node {
  if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'paths') return node;
  const members = node.members.filter((m) => !(m.name && ts.isStringLiteral(m.name) && m.name.text.includes(SYNTHETIC)));
  return ts.factory.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
}

function header(source: string): string {
  return [
    '/**',
    ` * Generated from ${source} by \`npm run types:generate\` (openapi-typescript): do not edit by hand.`,
    ' * `npm run types:check` fails while this file differs from what the document gives.',
    ' *',
    ' * `operations` is keyed by operationId and includes the `ACTION` operations; `paths` has only the',
    ' * fixed methods (GET, PUT, ...), as openapi-typescript knows no others. `operationTable` gives each',
    ' * operation its method, path template and query parameter names.',
    ' */',
    '',
  ].join('\n');
}

function renderTable(operations: Operation[]): string {
  const rows = operations.map(({ operationId, method, path, parameters }) => {
    const query = [...new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name))];
    const names = query.length > 0 ? `, query: [${query.map((q) => JSON.stringify(q)).join(', ')}]` : '';
    return `    ${operationId}: { method: ${JSON.stringify(method)}, path: ${JSON.stringify(path)}${names} },`;
  });
  return [
    '/** Every operation: its method, path template and query parameter names, by operationId. */',
    'export const operationTable = {',
    ...rows,
    '} as const;',
    '',
  ].join('\n');
}
