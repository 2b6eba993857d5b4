// Run by scripts/check-pack.sh: no shipped text names a file that is not shipped.
//
//   node scripts/check-shipped-names.mjs <unpacked package folder> [more text files: pages, --help outputs]
//
// The texts a user reads: README.md, docs/, openapi/, the 3.2 copies, fixtures/, and the extra files given
// (what the mock serves and prints, fetched by the caller). Code comments in dist/ are not among them.
// Two rules: a relative Markdown link resolves to a file of the package; and no text names a path under a
// folder the package does not ship (tests/, scripts/, …), or under src/, client/ or contract-tests/ unless
// its compiled counterpart is shipped (src/x.ts as dist/src/x.js). Paths under the shipped folders (fixtures/,
// docs/, openapi/) are left alone there: `fixtures/mine.json` is the user's own file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const [root, ...extra] = process.argv.slice(2);
if (!root) {
  console.error('usage: node scripts/check-shipped-names.mjs <package folder> [text files...]');
  process.exit(2);
}
const NOT_SHIPPED = ['tests', 'scripts', 'bench', 'examples', 'shared', '.ci', 'independent-remotix'];
const COMPILED = ['src', 'client', 'contract-tests'];
const PATH = new RegExp(
  String.raw`(?<![\w./-])(?:\.\./)*((?:${[...NOT_SHIPPED, ...COMPILED].map((d) => d.replace('.', '\\.')).join('|')})/[\w./-]*)`,
  'g',
);

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const texts = walk(root).filter((file) =>
  /^(README\.md|LICENSE|docs\/.*\.md|openapi\/.*|dist\/openapi\/[^/]*\.yaml|fixtures\/.*)$/.test(relative(root, file)),
);
const problems = [];

/** Whether `path` (relative to the package root) is shipped, as is or compiled into dist/. */
function shipped(path) {
  const clean = path.replace(/[./]+$/, '');
  if (existsSync(join(root, clean))) return true;
  const top = clean.split('/')[0];
  if (!COMPILED.includes(top)) return false;
  return existsSync(join(root, 'dist', clean)) || existsSync(join(root, 'dist', clean.replace(/\.ts$/, '.js')));
}

for (const file of [...texts, ...extra]) {
  const text = readFileSync(file, 'utf8');
  const name = texts.includes(file) ? relative(root, file) : file;
  if (file.endsWith('.md')) {
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const path = relative(root, resolve(dirname(file), target.replace(/#.*$/, '')));
      if (path.startsWith('..') || !existsSync(join(root, path)))
        problems.push(`${name}: links to ${target}, which the package does not have`);
    }
  }
  for (const [, path] of text.matchAll(PATH)) if (!shipped(path)) problems.push(`${name}: names ${path}, which the package does not have`);
}
for (const line of [...new Set(problems)]) console.log(`  ${line}`);
console.log(`shipped names: ${texts.length + extra.length} texts read, ${new Set(problems).size} names of files not shipped`);
process.exit(problems.length === 0 ? 0 : 1);
