import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { SettingsDefaults } from '../store/types.js';
import { assembleValidator, type OperationValidation, type RequestValidator } from './create-request-validators.js';
import { exportName, hashSources, PREBUILT_FORMAT, type PrebuiltManifest, type PrebuiltOperation } from './prebuilt-descriptions.js';

const require = createRequire(import.meta.url);

export interface PrebuiltDescriptions {
  manifest: PrebuiltManifest;
  validators: Map<string, RequestValidator>;
  settingsDefaults: SettingsDefaults;
  validateFixture: ValidateFunction;
}

/**
 * The descriptions `npm run build` compiled, if they are there and were built from exactly these
 * documents; undefined otherwise (the caller then loads and compiles the documents itself).
 */
export async function readPrebuiltDescriptions(dir: string, sources: readonly string[]): Promise<PrebuiltDescriptions | undefined> {
  let manifest: PrebuiltManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'descriptions.json'), 'utf8')) as PrebuiltManifest;
  } catch {
    return undefined;
  }
  if (manifest.format !== PREBUILT_FORMAT || manifest.sourceHash !== (await hashSources(sources))) return undefined;
  const strict = require(join(dir, 'strict.cjs')) as Record<string, ValidateFunction>;
  const coercing = require(join(dir, 'coercing.cjs')) as Record<string, ValidateFunction>;
  const validators = new Map<string, RequestValidator>();
  for (const operation of [...manifest.api.operations, ...manifest.admin.operations]) {
    validators.set(operation.operationId, assembleValidator(toValidation(operation, strict, coercing)));
  }
  return {
    manifest,
    validators,
    settingsDefaults: manifest.settingsDefaults as SettingsDefaults,
    validateFixture: required(strict, exportName.fixture),
  };
}

function toValidation(
  operation: PrebuiltOperation,
  strict: Record<string, ValidateFunction>,
  coercing: Record<string, ValidateFunction>,
): OperationValidation {
  const { operationId, method, path, bodyRequired, body } = operation;
  const validation: OperationValidation = {
    operationId,
    method,
    path,
    bodyRequired,
    validatePath: required(coercing, exportName.path(operationId)),
    validateQuery: required(coercing, exportName.query(operationId)),
  };
  if (body === 'single') validation.body = { validate: required(strict, exportName.body(operationId)) };
  else if (body !== null) {
    const validators = Object.fromEntries(body.keys.map((key) => [key, required(strict, exportName.body(operationId, key))]));
    validation.body = { byParameter: body.byParameter, validators };
  }
  return validation;
}

function required(module: Record<string, ValidateFunction>, name: string): ValidateFunction {
  const validate = module[name];
  if (typeof validate !== 'function') throw new Error(`the prebuilt validators have no ${name}: run npm run build again`);
  return validate;
}
