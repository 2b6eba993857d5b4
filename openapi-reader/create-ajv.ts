import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Annotation keywords that OpenAPI 3.1 and this project put in schemas; they never affect validation. */
const ANNOTATIONS = ['example', 'xml', 'externalDocs', 'x-remotix-source', 'x-remotix-decision'];

export interface AjvOptions {
  /** For query strings only: `?since=5` arrives as `['5']` and leaves as `5`. */
  coerce?: boolean;
  /** Keeps the generated code, for validators written to a file (standalone). */
  standalone?: boolean;
  /** False for documents from elsewhere (the contract kit's): unknown keywords are then ignored, not refused. */
  strict?: boolean;
  /** False: a `$ref` to another schema is a call to its own function, not its code copied in (see `addFixtureSchema`). */
  inlineRefs?: boolean;
}

/** An ajv for OpenAPI 3.1 schemas (JSON Schema 2020-12): strict unless told, every error reported, formats checked. */
export function createAjv({ coerce = false, standalone = false, strict = true, inlineRefs = true }: AjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict,
    allowUnionTypes: true,
    coerceTypes: coerce ? 'array' : false,
    code: { source: standalone },
    inlineRefs,
  });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  return ajv;
}
