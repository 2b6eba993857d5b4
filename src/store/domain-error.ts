/** What went wrong, in the store's own terms. The HTTP layer alone decides the status code. */
export type DomainErrorKind =
  | 'not-found' // the item named by the request does not exist
  | 'unknown-reference' // a field of the request names an item that does not exist
  | 'conflict' // the item exists but its state forbids the change
  | 'action-not-offered' // the computer does not offer this action now
  | 'gone' // the item named by the request existed and was deleted (only when the store remembers deletes)
  | 'no-credentials' // credentials to delete, and there are none (only when the store refuses that)
  | 'invalid-input'; // a field of the request is not one the item takes (`field` names it)

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The request field at fault, for `unknown-reference`, e.g. `category_uid`. */
    readonly field?: string,
  ) {
    super(message);
  }
}
