import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SWAGGER_UI_FILES } from './ui-assets.js';

/** What goes with Swagger UI's files: its licence and notice, and the licences its bundles point to. */
const LEGAL = ['LICENSE', 'NOTICE', 'swagger-ui-bundle.js.LICENSE.txt', 'swagger-ui-standalone-preset.js.LICENSE.txt'];

/**
 * Run by the build (src/prebuild.ts): copies the Swagger UI files the docs page loads from swagger-ui-dist,
 * a dev dependency, into `destination`, so the package ships them and its users install no swagger-ui-dist
 * (nor the install script of its @scarf/scarf). Source-map comments are dropped: the maps are not shipped.
 */
export async function copySwaggerUi(destination: string): Promise<void> {
  const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  await rm(destination, { recursive: true, force: true });
  await mkdir(destination, { recursive: true });
  for (const name of [...SWAGGER_UI_FILES, ...LEGAL]) {
    if (!/\.(js|css)$/.test(name)) {
      await copyFile(join(source, name), join(destination, name));
      continue;
    }
    const text = await readFile(join(source, name), 'utf8');
    await writeFile(join(destination, name), text.replace(/\n?(\/\/# sourceMappingURL=\S+|\/\*# sourceMappingURL=\S+? ?\*\/)\s*$/, '\n'));
  }
}
