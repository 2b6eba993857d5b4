/** Error raised when a request on a connection cannot be framed safely. */
export interface FramingError extends Error {
  /** llhttp-style code, e.g. `HPE_INVALID_TRANSFER_ENCODING`. */
  readonly code: string;
  /** HTTP status the connection is answered with (400, 413 or 431). */
  readonly status: number;
  /** Human readable explanation. */
  readonly reason: string;
}

export function createFramingError(code: string, reason: string, status = 400): FramingError {
  const error = new Error(`Parse Error: ${reason}`) as Error & {
    code: string;
    status: number;
    reason: string;
  };
  error.code = code;
  error.status = status;
  error.reason = reason;
  return error;
}
