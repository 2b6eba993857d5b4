/** How answers are written: their status, content type and JSON layout, fixed once per answer. */
export interface ResponseShape {
  status: number;
  /** null: no Content-Type header. */
  contentType: string | null;
  indent: number;
}

/** A writer of JSON answers of one shape: its headers are built once. */
export function createJsonResponder(shape: ResponseShape): (value: unknown) => Response {
  const { text, send } = createJsonTextResponder(shape);
  return (value) => send(text(value));
}

/** The same in two steps: the answer's text, and the answer of a text (which may have been written before). */
export function createJsonTextResponder({ status, contentType, indent }: ResponseShape): {
  text: (value: unknown) => string;
  send: (text: string) => Response;
} {
  const init: ResponseInit = { status, headers: contentType === null ? {} : { 'content-type': contentType } };
  const text = indent === 0 ? (value: unknown) => JSON.stringify(value) : (value: unknown) => JSON.stringify(value, null, indent);
  return { text, send: (body) => new Response(body, init) };
}

/** A writer of one fixed answer: the body is serialized once. */
export function createFixedResponder({ status, contentType }: ResponseShape, body: string | null): () => Response {
  const init: ResponseInit = { status, headers: contentType === null ? {} : { 'content-type': contentType } };
  return () => new Response(body, init);
}

/** Puts a value at a key path: `['data', 'groups']` makes `{data: {groups: value}}`; `[]` is the value itself. */
export function createWrapper(path: readonly string[]): (value: unknown) => unknown {
  if (path.length === 0) return (value) => value;
  if (path.length === 1) {
    const [key] = path as [string];
    return (value) => ({ [key]: value });
  }
  return (value) => {
    let wrapped = value;
    for (let i = path.length - 1; i >= 0; i--) wrapped = { [path[i]!]: wrapped };
    return wrapped;
  };
}

/** Sets a value at a key path inside an object (creating the objects between). */
export function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}
