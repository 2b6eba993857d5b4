// Run by `npm run build` after tsc: bundles the remotix-mock bin (our modules, Hono, @hono/node-server,
// nanoid) into dist/bundle, so a cold start resolves a handful of files instead of about a hundred.
// The slow path of start-up (swagger-parser, YAML, the ajv compiler) stays in chunks loaded only when the
// prebuilt validators do not match the documents; ajv's runtime stays in node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const started = performance.now();
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['dist/src/bin.js'],
  outdir: 'dist/bundle',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages stay as they are: bundling them changes their named exports.
  external: ['@apidevtools/swagger-parser', 'ajv', 'ajv-formats', 'yaml'],
  // Bundled CommonJS (nanoid's deps, hono's helpers) may call require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`bundled the bin into dist/bundle in ${Math.round(performance.now() - started)} ms`);
