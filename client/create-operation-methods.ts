import type { HttpCaller } from './create-http-caller.js';
import type { OperationMethods, OperationTableEntry } from './operation-types.js';

type ParamValue = string | number | boolean | null | undefined;

/**
 * One method per row of a generated `operationTable`. A method whose operation has path or query
 * parameters takes them first, in one object (path ones are URI-encoded into the path, query ones go to
 * the query string, `undefined` ones are left out); then the body, if any.
 */
export function createOperationMethods<Ops>(table: Record<string, OperationTableEntry>, call: HttpCaller): OperationMethods<Ops> {
  const methods: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [operationId, { method, path, query = [] }] of Object.entries(table)) {
    const takesParams = path.includes('{') || query.length > 0;
    methods[operationId] = (...args: unknown[]) => {
      const [params, body] = takesParams ? [args[0], args[1]] : [undefined, args[0]];
      const values = (params ?? {}) as Record<string, ParamValue>;
      return call(method, fillPath(operationId, path, values) + queryString(query, values), body);
    };
  }
  return methods as OperationMethods<Ops>;
}

function fillPath(operationId: string, template: string, params: Record<string, ParamValue>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new TypeError(`${operationId} needs the path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

function queryString(names: readonly string[], params: Record<string, ParamValue>): string {
  const search = new URLSearchParams();
  for (const name of names) if (params[name] !== undefined) search.append(name, String(params[name]));
  const text = search.toString();
  return text ? `?${text}` : '';
}
