import type { OperationRef } from '../openapi/prebuilt-descriptions.js';
import { ApiProblem } from './api-problem.js';

/**
 * For a request no route took: 405 with `Allow` when some operation has the path with another method,
 * 404 when no operation has the path at all.
 */
export function createUnroutedProblem(operations: readonly OperationRef[]): (method: string, path: string) => ApiProblem {
  const templates = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const { path, method } of operations) {
    const entry = templates.get(path) ?? { pattern: toPattern(path), methods: new Set<string>() };
    entry.methods.add(method);
    if (method === 'GET') entry.methods.add('HEAD');
    templates.set(path, entry);
  }
  return (method, path) => {
    const allowed = new Set<string>();
    for (const { pattern, methods } of templates.values()) {
      if (pattern.test(path)) for (const m of methods) allowed.add(m);
    }
    // The path is the client's own text (a password typed into an id, maybe): named only as "this path".
    if (allowed.size === 0) return new ApiProblem('unknown-path', 'no operation has this path');
    const allow = [...allowed].join(', ');
    return new ApiProblem('method-not-allowed', `this path does not take ${method}; it takes ${allow}`, undefined, { allow });
  };
}

function toPattern(template: string): RegExp {
  const source = template
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`);
}
