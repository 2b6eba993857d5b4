import type { ErrorObject } from 'ajv';

/** One offending field of a request, as a client sees it in a problem document. */
export interface FieldError {
  /** A JSON Pointer into the request, rooted at `/path`, `/query`, `/header` or `/body`. */
  path: string;
  message: string;
}

/**
 * Turns ajv's errors (compiled with `verbose`) into `{path, message}` pairs rooted at `root`. For a value
 * that may be null (`oneOf: [X, {type: null}]`), the "must be null" and "must match exactly one schema"
 * noise is dropped, leaving what X wanted.
 */
export function toFieldErrors(errors: readonly ErrorObject[], root: string): FieldError[] {
  const noise = nullBranchNoise(errors);
  const isNoise = (schemaPath: string) =>
    noise.some(([exact, branch]) => schemaPath === exact || schemaPath === branch || schemaPath.startsWith(`${branch}/`));
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    if (isNoise(error.schemaPath)) continue;
    const fieldError = toFieldError(error, root);
    const key = `${fieldError.path}\u0000${fieldError.message}`;
    if (!seen.has(key)) result.push(fieldError);
    seen.add(key);
  }
  return result;
}

function toFieldError(error: ErrorObject, root: string): FieldError {
  const path = `${root}${error.instancePath}`;
  switch (error.keyword) {
    case 'required':
      return { path: `${path}/${escapePointer(error.params.missingProperty)}`, message: 'is required' };
    case 'additionalProperties':
      return { path: `${path}/${escapePointer(error.params.additionalProperty)}`, message: 'is not allowed' };
    case 'minProperties':
      return { path, message: error.params.limit === 1 ? 'must have at least one property' : error.message! };
    case 'pattern': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return { path, message: description ? `${error.message} (${description})` : error.message! };
    }
    case 'enum':
      return { path, message: `must be one of ${JSON.stringify(error.params.allowedValues)}` };
    default:
      return { path, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** Schema paths whose errors say nothing useful: a failed oneOf/anyOf that allows null, and its null branch. */
function nullBranchNoise(errors: readonly ErrorObject[]): Array<[string, string]> {
  const noise: Array<[string, string]> = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') continue;
    const branches = (error.schema ?? []) as Array<{ type?: unknown }>;
    const nullIndex = branches.findIndex((branch) => branch.type === 'null');
    if (nullIndex < 0 || error.data === null) continue;
    noise.push([error.schemaPath, `${error.schemaPath}/${nullIndex}`]);
  }
  return noise;
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
