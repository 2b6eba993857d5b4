/**
 * `npm run spec:export [-- --out DIR]`: writes OpenAPI 3.2 copies of the documents, for tools that read
 * 3.2 (`additionalOperations`) but not our 3.1 extension (`x-oai-additionalOperations`).
 * Default output: dist/openapi/remotix-3.2.yaml and dist/openapi/admin-3.2.yaml.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toOpenApi32 } from '../openapi-reader/to-openapi-32.js';
import { readScriptOptions } from './lib/read-script-options.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCUMENTS = ['remotix', 'admin'];

const USAGE = `Usage: npm run spec:export [-- --out DIR]

Writes OpenAPI 3.2 copies of openapi/remotix.yaml and openapi/admin.yaml.

  --out <dir>  where (default dist/openapi)
  --help, -h   this text`;

const { values } = readScriptOptions('spec:export', USAGE, { out: { type: 'string', default: join(ROOT, 'dist', 'openapi') } });
const outDir = resolve(values.out!);
await mkdir(outDir, { recursive: true });
const renameRefFiles = Object.fromEntries(DOCUMENTS.map((name) => [`./${name}.yaml`, `./${name}-3.2.yaml`]));
for (const name of DOCUMENTS) {
  const source = await readFile(join(ROOT, 'openapi', `${name}.yaml`), 'utf8');
  const target = join(outDir, `${name}-3.2.yaml`);
  await writeFile(target, toOpenApi32(source, { renameRefFiles }));
  process.stdout.write(`spec:export: wrote ${relative(process.cwd(), target) || target}\n`);
}
