// npm pack and npm publish run `prepack` and `postpack` (package.json): `strip` before packing, `restore` after.
//
// The package.json in the tarball is the one on disk while npm packs. The repo's own has the scripts
// (`prepare` builds on `npm ci`, which npm 11 reports to every project that installs the tarball as an install
// script awaiting approval, and would run for a tarball or git install), the dev dependencies and the
// allowScripts policy of this repo: none of them is for the package's users. `strip` writes package.json
// without them, keeping the original beside it; `restore` puts the original back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MANIFEST = fileURLToPath(new URL('../package.json', import.meta.url));
const BACKUP = `${MANIFEST}.before-pack`;
const REPO_ONLY = ['scripts', 'devDependencies', 'allowScripts'];

const command = process.argv[2];
if (command === 'strip') {
  if (existsSync(BACKUP)) {
    console.error(`pack-manifest: ${BACKUP} is left from a pack that did not finish: run node scripts/pack-manifest.mjs restore`);
    process.exit(1);
  }
  const text = readFileSync(MANIFEST, 'utf8');
  writeFileSync(BACKUP, text);
  const manifest = JSON.parse(text);
  for (const field of REPO_ONLY) delete manifest[field];
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`pack-manifest: package.json for the tarball, without ${REPO_ONLY.join(', ')}`);
} else if (command === 'restore') {
  if (existsSync(BACKUP)) renameSync(BACKUP, MANIFEST);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
