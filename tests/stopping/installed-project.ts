import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BINS = { 'remotix-mock': 'dist/bundle/bin.mjs', 'remotix-contract': 'dist/contract-tests/bin.js' };

/**
 * A project with remotix-mock in node_modules as npm installs a package: the package folder (a link to this
 * checkout, built) and node_modules/.bin links to its bins, executable. `npx --no-install` runs them from there.
 */
export function makeInstalledProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'remotix-consumer-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n');
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'remotix-mock'));
  for (const [name, file] of Object.entries(BINS)) {
    chmodSync(join(ROOT, file), 0o755);
    symlinkSync(join('..', 'remotix-mock', file), join(dir, 'node_modules', '.bin', name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
