import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** Where `npm run build` writes the compiled descriptions, relative to the package root. */
export const PREBUILT_DIR = 'dist/openapi/prebuilt';
export const PREBUILT_FORMAT = 1;

/** An operation as the server needs it at run time: its validators are compiled separately. */
export interface OperationRef {
  operationId: string;
  method: string;
  path: string;
}

export interface PrebuiltOperation extends OperationRef {
  bodyRequired: boolean;
  /** null: no body; 'single': one schema; otherwise the parameter that picks the schema, and its keys. */
  body: null | 'single' | { byParameter: { parameter: string; match: string }; keys: string[] };
}

/** descriptions.json: everything but the validators, which live in strict.cjs and coercing.cjs. */
export interface PrebuiltManifest {
  format: number;
  sourceHash: string;
  api: { operations: PrebuiltOperation[]; extensionMethods: string[] };
  admin: { operations: PrebuiltOperation[]; extensionMethods: string[] };
  settingsDefaults: Record<string, Record<string, string | number | boolean | undefined>>;
}

/** Export names in the standalone validator modules. */
export const exportName = {
  path: (operationId: string) => `p__${operationId}`,
  query: (operationId: string) => `q__${operationId}`,
  body: (operationId: string, key?: string) => (key === undefined ? `b__${operationId}` : `b__${operationId}__${key}`),
  fixture: 'fixture',
} as const;

/** The documents' fingerprint: a prebuilt copy is used only while it matches the YAML files exactly. */
export async function hashSources(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`format ${PREBUILT_FORMAT}\n`);
  for (const file of files) hash.update(await readFile(file)).update('\u0000');
  return hash.digest('hex');
}
