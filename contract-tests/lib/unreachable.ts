import { RequestError } from './http-client.js';

/** A target that does not answer, said in one line with what to do; any other error as it is. */
export function unreachable(error: unknown, url: string | undefined): unknown {
  if (!(error instanceof RequestError) || url === undefined) return error;
  const code = /\b(E[A-Z_]{3,})\b/.exec(error.message)?.[1];
  const check = 'check --url (or REMOTIX_URL)';
  const why =
    code === 'ECONNREFUSED'
      ? `nothing listens at ${url}: start the server, or ${check}`
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? `the host of ${url} is not known (${code}): ${check}`
        : /no answer within/.test(error.message)
          ? `${url} did not answer (${error.message}): ${check}, or give --timeout more time`
          : `${url} cannot be reached (${error.message}): ${check}`;
  return new SetUpError(why);
}

/** The target cannot be reached: exit 2, like a usage error, with one line. */
export class SetUpError extends Error {
  override readonly name = 'SetUpError';
}
