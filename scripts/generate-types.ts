/**
 * `npm run types:generate`: writes client/generated/*-api.ts from openapi/*.yaml.
 * `npm run types:check` (`--check`): generates to a temporary folder and fails, showing the difference,
 * if a committed file is not current.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScriptOptions } from './lib/read-script-options.js';
import { renderApiModule } from './lib/render-api-module.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = [
  { document: 'openapi/remotix.yaml', module: 'client/generated/remotix-api.ts' },
  { document: 'openapi/admin.yaml', module: 'client/generated/admin-api.ts' },
];

const USAGE = `Usage: npm run types:generate | npm run types:check

Writes client/generated/*-api.ts from openapi/*.yaml.

  --check     write nothing; fail, showing the difference, if a committed file is not current
  --help, -h  this text`;

const { values } = readScriptOptions('types:generate', USAGE, { check: { type: 'boolean', default: false } });

if (values.check) {
  const temp = await mkdtemp(join(tmpdir(), 'remotix-types-'));
  try {
    const stale: string[] = [];
    for (const { document, module } of TARGETS) {
      const fresh = join(temp, module.replaceAll('/', '_'));
      await writeFile(fresh, await renderApiModule(join(ROOT, document), ROOT));
      const committed = await readFile(join(ROOT, module), 'utf8').catch(() => '');
      if (committed === (await readFile(fresh, 'utf8'))) continue;
      stale.push(module);
      process.stdout.write(await diff(join(ROOT, module), fresh));
    }
    if (stale.length > 0) {
      process.stderr.write(`types:check: not current: ${stale.join(', ')}. Run \`npm run types:generate\` and commit the result.\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`types:check: ${TARGETS.map((t) => t.module).join(', ')} are current\n`);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
} else {
  for (const { document, module } of TARGETS) {
    await mkdir(join(ROOT, 'client', 'generated'), { recursive: true });
    await writeFile(join(ROOT, module), await renderApiModule(join(ROOT, document), ROOT));
    process.stdout.write(`types:generate: wrote ${module} from ${document}\n`);
  }
}

/** `diff -u`, shortened; a missing committed file shows as all added. */
function diff(committed: string, fresh: string): Promise<string> {
  return new Promise((resolve) => {
    execFile('diff', ['-u', '--label', committed, '--label', 'generated', committed, fresh], { maxBuffer: 1 << 24 }, (_, stdout) => {
      const lines = stdout.split('\n');
      resolve(lines.length > 80 ? `${lines.slice(0, 80).join('\n')}\n... (${lines.length - 80} more lines)\n` : stdout);
    });
  });
}
