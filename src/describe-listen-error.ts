/** Where the mock was asked to listen, and how the user named each part (`--host`, or `HOST`). */
export interface ListenTarget {
  host: string;
  port: number;
  hostName: string;
  portName: string;
}

const NO_SUCH_NAME = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * One line that says what went wrong and what to do, for the errors `listen` meets on a user's machine;
 * undefined for any other error (a bug of ours, reported with its stack).
 */
export function describeListenError(error: unknown, { host, port, hostName, portName }: ListenTarget): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'EADDRINUSE')
    return `${host}:${port} is already in use (another remotix-mock?): stop what listens there, or give another ${portName} (0 picks a free port)`;
  if (code === 'EADDRNOTAVAIL')
    return `${hostName} ${host} is not an address of this machine: give 127.0.0.1 (this machine only), 0.0.0.0 (every network interface) or one of its own addresses`;
  if (NO_SUCH_NAME.has(code))
    return `${hostName} ${host}: no such host name (${code}): give an IP address such as 127.0.0.1, or a name this machine resolves`;
  if (code === 'EACCES')
    return `port ${port} needs privileges this user lacks (ports below 1024 usually do): give another ${portName}, e.g. 3000 (0 picks a free port)`;
  if (code === 'EAFNOSUPPORT') return `${hostName} ${host}: this machine does not support that address family (no IPv6?): give 127.0.0.1`;
  return undefined;
}
