import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own folder, found the same way from `contract-tests/` (vitest) and `dist/contract-tests/` (built). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('remotix-contract: cannot find its own package.json');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
/** The contract: the OpenAPI document of the Remotix API. */
export const API_DOCUMENT = join(PACKAGE_ROOT, 'openapi', 'remotix.yaml');
/** The built mock, started black-box (as a child process) when no target is given. */
export const MOCK_BIN = join(PACKAGE_ROOT, 'dist', 'bundle', 'bin.mjs');
export const KIT_VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
