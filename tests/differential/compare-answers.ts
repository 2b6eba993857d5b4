import { isDeepStrictEqual } from 'node:util';

/** One answer as the differential test sees it. */
export interface Answer {
  status: number;
  contentType: string | null;
  /** The Allow header, which tells a method the path lacks. */
  allow: string | null;
  /** Parsed JSON, or the text of a non-JSON body, or null for none. */
  body: unknown;
  /** The body as it came. */
  raw: Buffer;
}

const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * An answer made comparable: every id a create gave this side is written as its role (`<newGroup>`),
 * and every time stamp as `<time>` (the two servers do not share a clock). A success body is then compared
 * as it is; an error body by its shape (its keys and the types of its values), since its words are free.
 */
export function comparable(answer: Answer, ids: ReadonlyMap<string, string>, byShape = false): unknown {
  const body = mapIds(answer.body, ids);
  const { status, contentType, allow } = answer;
  return { status, contentType, allow, body: byShape || status >= 400 ? shapeOf(body) : body };
}

/**
 * The differences between two answers to the same request, each as one line. `byShape` compares even a
 * success body by its shape: an ACTION's answer may carry a session the server made up, as a create's
 * carries an id.
 */
export function differences(
  a: Answer,
  b: Answer,
  idsA: ReadonlyMap<string, string>,
  idsB: ReadonlyMap<string, string>,
  byShape = false,
): string[] {
  const left = comparable(a, idsA, byShape) as { status: number; contentType: string | null; allow: string | null; body: unknown };
  const right = comparable(b, idsB, byShape) as typeof left;
  const found: string[] = [];
  if (left.status !== right.status) found.push(`status ${left.status} vs ${right.status}`);
  if (left.contentType !== right.contentType) found.push(`content type ${left.contentType} vs ${right.contentType}`);
  if (left.allow !== right.allow) found.push(`Allow ${left.allow} vs ${right.allow}`);
  if (!isDeepStrictEqual(left.body, right.body)) found.push(`body ${JSON.stringify(left.body)} vs ${JSON.stringify(right.body)}`);
  return found;
}

function mapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const role = ids.get(value);
    if (role !== undefined) return `<${role}>`;
    return TIME.test(value) ? '<time>' : value;
  }
  if (typeof value === 'number' && ids.has(String(value))) return `<${ids.get(String(value))}>`;
  if (Array.isArray(value)) return value.map((item) => mapIds(item, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapIds(item, ids)]));
  }
  return value;
}

/** Keys and value types, all the way down: `{error: 'string'}`; arrays keep their length. */
export function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    );
  }
  if (typeof value === 'string') return value === '' ? 'empty string' : 'string';
  return typeof value;
}
