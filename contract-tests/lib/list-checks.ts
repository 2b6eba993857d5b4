import type { CheckName } from './check-result.js';
import type { Source } from './contract.js';
import { asObject, findIn } from './read-helpers.js';
import type { Reply, Session } from './session.js';

/**
 * Whether a list can be read as the document assumes it (`{key: [{idKey, ...}]}`). When it cannot, a
 * missing item says more about the shape (an assumption) than about the item (the documented behaviour).
 */
export function listShapeSource(body: unknown, key: string, idKey: string): Source {
  const list = asObject(body)?.[key];
  const readable = Array.isArray(list) && list.every((item) => typeof asObject(item)?.[idKey] === 'string');
  return readable ? 'documented' : 'assumed';
}

export interface ListedCheck {
  check: CheckName;
  operationId: string;
  key: string;
  idKey: string;
  id: string;
  present: boolean;
  message: string;
}

/** Checks that `id` is (or is not) in the list of `reply`; returns the item found. */
export function expectListed(session: Session, reply: Reply, spec: ListedCheck): Record<string, unknown> | undefined {
  const item = reply.status === 200 ? findIn(reply.body, spec.key, spec.idKey, spec.id) : undefined;
  const readable = reply.status === 200 && listShapeSource(reply.body, spec.key, spec.idKey) === 'documented';
  const passed = spec.present ? item !== undefined : readable && item === undefined;
  const detail = passed || readable ? spec.message : `${spec.message}: the list could not be read as {${spec.key}: [{${spec.idKey}}]}`;
  session.verify(spec.check, spec.operationId, readable ? 'documented' : 'assumed', passed, detail, reply.exchange);
  return item;
}

/** Checks one field of an item read back after a change; `source` is the mark of the field's shape. */
export function expectField(
  session: Session,
  reply: Reply,
  spec: {
    check: CheckName;
    operationId: string;
    item: Record<string, unknown> | undefined;
    field: string;
    value: unknown;
    message: string;
    source?: Source;
  },
): boolean {
  const actual = spec.item?.[spec.field];
  const passed = spec.item !== undefined && JSON.stringify(actual) === JSON.stringify(spec.value);
  const source = spec.source ?? (spec.item !== undefined && spec.field in spec.item ? 'documented' : 'assumed');
  const detail = passed ? spec.message : `${spec.message}: ${spec.field} is ${JSON.stringify(actual)}, not ${JSON.stringify(spec.value)}`;
  return session.verify(spec.check, spec.operationId, source, passed, detail, reply.exchange);
}
