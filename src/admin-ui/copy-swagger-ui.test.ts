import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySwaggerUi } from './copy-swagger-ui.js';
import { SWAGGER_UI_FILES } from './ui-assets.js';

const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const destination = join(await mkdtemp(join(tmpdir(), 'remotix-swagger-ui-')), 'swagger-ui');
afterAll(() => rm(dirname(destination), { recursive: true, force: true }));

describe('copySwaggerUi', () => {
  it('copies the files the docs page loads, with Swagger UI’s licence and notice, and nothing else', async () => {
    await copySwaggerUi(destination);
    expect((await readdir(destination)).sort()).toEqual(
      [...SWAGGER_UI_FILES, 'LICENSE', 'NOTICE', 'swagger-ui-bundle.js.LICENSE.txt', 'swagger-ui-standalone-preset.js.LICENSE.txt'].sort(),
    );
  });

  it('keeps each file as swagger-ui-dist has it, less a source-map comment (the maps are not shipped)', async () => {
    for (const name of SWAGGER_UI_FILES) {
      const original = await readFile(join(source, name));
      const copy = await readFile(join(destination, name));
      if (name.endsWith('.png')) expect(copy.equals(original), name).toBe(true);
      else
        expect(copy.toString().trimEnd(), name).toBe(
          original
            .toString()
            .replace(/\/\*# sourceMappingURL=\S+\*\/\s*$/, '')
            .trimEnd(),
        );
      expect(copy.toString(), name).not.toContain('sourceMappingURL');
    }
    expect((await readFile(join(source, 'swagger-ui.css'), 'utf8')).includes('sourceMappingURL')).toBe(true);
  });
});
