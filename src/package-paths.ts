import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own folder, found the same way from `src/` (tests) and from `dist/src/` (built). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('remotix-mock: cannot find its own package.json');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const API_DOCUMENT = join(PACKAGE_ROOT, 'openapi', 'remotix.yaml');
export const ADMIN_DOCUMENT = join(PACKAGE_ROOT, 'openapi', 'admin.yaml');
export const DEFAULT_FIXTURES = join(PACKAGE_ROOT, 'fixtures', 'default.json');
export const DIALECT_DIR = join(PACKAGE_ROOT, 'dialect');
export const DEFAULT_DIALECT = join(DIALECT_DIR, 'default.json');
export const DIALECT_SCHEMA = join(DIALECT_DIR, 'dialect.schema.json');
