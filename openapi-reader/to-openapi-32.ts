import { isMap, isScalar, parseDocument, type Scalar, visit } from 'yaml';
import { EXTENSION_KEY, OPENAPI_32_KEY } from './additional-operations.js';

export interface ToOpenApi32Options {
  /** `$ref` file names to change, e.g. `{ './remotix.yaml': './remotix-3.2.yaml' }` for a sibling copy. */
  renameRefFiles?: Record<string, string>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * `toOpenApi32Document` on YAML text: `openapi: 3.2.0`, and each path item's `x-oai-additionalOperations`
 * renamed `additionalOperations`. The text is edited in place, so every other byte (order, comments,
 * quoting, flow style) stays as it was, except the `$ref` file names given.
 */
export function toOpenApi32(source: string, options: ToOpenApi32Options = {}): string {
  const document = parseDocument(source);
  if (document.errors.length > 0) throw document.errors[0]!;
  const edits: Edit[] = [];
  const replaceIn = (node: Scalar, from: string, to: string) => {
    const [start, end] = node.range!;
    const at = source.indexOf(from, start);
    if (at < 0 || at + from.length > end) throw new Error(`cannot find ${from} at offset ${start}`);
    edits.push({ start: at, end: at + from.length, text: to });
  };

  const version =
    document.contents && isMap(document.contents)
      ? document.contents.items.find((p) => isScalar(p.key) && p.key.value === 'openapi')
      : undefined;
  if (!version || !isScalar(version.value) || !String(version.value.value).startsWith('3.1.'))
    throw new Error('expected an OpenAPI 3.1 document');
  replaceIn(version.value, String(version.value.value), '3.2.0');

  const paths = document.get('paths');
  for (const pathItem of isMap(paths) ? paths.items : []) {
    for (const field of isMap(pathItem.value) ? pathItem.value.items : []) {
      if (isScalar(field.key) && field.key.value === EXTENSION_KEY) replaceIn(field.key, EXTENSION_KEY, OPENAPI_32_KEY);
    }
  }

  const renames = Object.entries(options.renameRefFiles ?? {});
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== '$ref' || !isScalar(pair.value)) return;
      const ref = String(pair.value.value);
      const rename = renames.find(([from]) => ref === from || ref.startsWith(`${from}#`));
      if (rename) replaceIn(pair.value, rename[0], rename[1]);
    },
  });

  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
}
