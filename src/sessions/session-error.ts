/** Why a request's `X-Mock-Session` cannot be served. */
export class SessionError extends Error {
  override readonly name = 'SessionError';

  constructor(
    readonly kind: 'invalid-session-name' | 'too-many-sessions' | 'memory-budget',
    message: string,
  ) {
    super(message);
  }
}
