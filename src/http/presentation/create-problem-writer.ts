import { STATUS_CODES } from 'node:http';
import { DIALECT_ERROR_KINDS, type Dialect, type DialectErrorKind, type ErrorBody } from '../../dialect/dialect.js';
import { type ApiProblem, PROBLEM_CONTENT_TYPE, type ProblemKind, problemTemplate } from '../api-problem.js';
import { compileTemplate } from './compile-template.js';

/** An error answer, ready to be written as a fetch Response or straight onto a socket. */
export interface ProblemParts {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export type ProblemWriter = (problem: ApiProblem) => ProblemParts;

const PLACEHOLDERS = ['status', 'title', 'detail', 'kind', 'errors'];

interface KindWriter {
  status: number | null;
  title: string | null;
  contentType: string | null;
  /** The Allow header as the dialect writes it, or null for none. */
  allow: ((methods: string) => string) | null;
  body: (vars: ProblemVars) => string | null;
}

interface ProblemVars {
  kind: ProblemKind;
  status: number;
  title: string;
  detail: string;
  errors: ApiProblem['errors'];
}

/**
 * The writer of every error, compiled once: for each kind its status, content type and body (a problem
 * document, a JSON or text template, or nothing). Kinds the dialect does not shape (the mock's own, such as
 * injected faults) keep their status and take the dialect's common body.
 */
export function createProblemWriter(dialect: Dialect): ProblemWriter {
  const { errors } = dialect;
  const common = kindWriter(dialect, errors.body, undefined, '/errors/body');
  const byKind = new Map<ProblemKind, KindWriter>();
  for (const kind of DIALECT_ERROR_KINDS) byKind.set(kind, kindWriter(dialect, errors.byKind[kind].body, kind, `/errors/byKind/${kind}`));
  const query = errors.byKind['invalid-query'];
  if (query) byKind.set('invalid-query', kindWriter(dialect, query.body, 'invalid-query', '/errors/byKind/invalid-query'));
  return (problem) => {
    const writer = byKind.get(problem.kind) ?? common;
    const template = problemTemplate(problem.kind);
    const status = problem.chosenStatus ?? writer.status ?? template.status;
    const title = writer.title ?? (status === template.status ? template.title : (STATUS_CODES[status] ?? template.title));
    const headers: Record<string, string> = writer.contentType === null ? {} : { 'content-type': writer.contentType };
    for (const [name, value] of Object.entries(problem.headers)) {
      if (name !== 'allow') headers[name] = value;
      else if (writer.allow) headers.allow = writer.allow(value);
    }
    const body = writer.body({ kind: problem.kind, status, title, detail: problem.detail, errors: problem.errors });
    return { status, headers, body };
  };
}

function kindWriter(
  dialect: Dialect,
  given: ErrorBody | undefined,
  kind: DialectErrorKind | 'invalid-query' | undefined,
  pointer: string,
): KindWriter {
  const format = kind === undefined ? undefined : dialect.errors.byKind[kind];
  const body = given ?? dialect.errors.body;
  const fallback =
    body.kind === 'problem'
      ? PROBLEM_CONTENT_TYPE
      : body.kind === 'text'
        ? 'text/plain; charset=utf-8'
        : body.kind === 'none'
          ? null
          : dialect.success.contentType;
  const contentType = format?.contentType !== undefined ? format.contentType : (dialect.errors.contentType ?? fallback);
  return {
    status: format?.status ?? null,
    title: format?.title ?? null,
    contentType,
    // Only `allow: false` drops the header: a kind that does not say keeps what the problem carries.
    allow: format?.allow === false ? null : allowWriter(format?.allowHead !== false, format?.allowOrder === 'sorted'),
    body: bodyWriter(body, pointer, dialect.success.indent),
  };
}

function bodyWriter(body: ErrorBody, pointer: string, indent: number): (vars: ProblemVars) => string | null {
  switch (body.kind) {
    case 'none':
      return () => null;
    case 'problem': {
      const prefix = body.typePrefix ?? 'urn:remotix-mock:problem:';
      return ({ kind, title, status, detail, errors }) => {
        const document: Record<string, unknown> = { type: `${prefix}${kind}`, title, status, detail };
        if (errors) document.errors = errors;
        return JSON.stringify(document, null, indent || undefined);
      };
    }
    case 'json': {
      const template = compileTemplate(body.value, PLACEHOLDERS, `${pointer}/value`);
      return (vars) => JSON.stringify(template.fill({ ...vars, errors: vars.errors ?? [] }), null, indent || undefined);
    }
    case 'text': {
      const template = compileTemplate(body.value, PLACEHOLDERS, `${pointer}/value`);
      return (vars) => String(template.fill({ ...vars, errors: vars.errors ?? [] }));
    }
  }
}

/** `GET, HEAD, PUT` as the dialect lists it: with or without HEAD, in the document's order or sorted. */
function allowWriter(head: boolean, sorted: boolean): (methods: string) => string {
  if (head && !sorted) return (methods) => methods;
  return (methods) => {
    const listed = methods.split(', ').filter((method) => head || method !== 'HEAD');
    return (sorted ? listed.sort() : listed).join(', ');
  };
}
