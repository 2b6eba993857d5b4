import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS } from '../kit-options.js';
import { UsageError } from '../parse-command-line.js';

export interface CaptureCommand {
  url: string;
  out: string;
  includeSecrets: boolean;
  timeoutMs: number;
}

/** `remotix-contract capture --url URL --out FILE [--include-secrets] [--timeout MS]`; `REMOTIX_URL` when `--url` is absent. */
export function parseCaptureArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CaptureCommand | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CaptureUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 0) throw new CaptureUsageError(`capture takes no ${positionals[0]}`);
  const url = values.url ?? (env.REMOTIX_URL || undefined);
  if (url === undefined) throw new CaptureUsageError('capture needs --url <http://host:port>, the Remotix to read');
  if (!/^https?:\/\/[^/]+/i.test(url) || !URL.canParse(url)) throw new CaptureUsageError(`--url must be an http:// URL, not ${url}`);
  if (values.out === undefined || values.out === '') throw new CaptureUsageError('capture needs --out <file>, where to write the fixture');
  const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  if (!/^\d+$/.test(values.timeout ?? '0') || timeoutMs < 100 || timeoutMs > 600_000)
    throw new CaptureUsageError(`--timeout must be milliseconds from 100 to 600000, not ${values.timeout}`);
  return { url: url.replace(/\/+$/, ''), out: values.out, includeSecrets: values['include-secrets'] === true, timeoutMs };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      out: { type: 'string' },
      'include-secrets': { type: 'boolean' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** A usage error of `capture`: the bin shows the capture usage after it. */
export class CaptureUsageError extends UsageError {}

export function captureUsage(): string {
  return `Usage:
  remotix-contract capture --url <http://host:port> --out <file> [options]

Reads everything a client can read of a Remotix, with GET requests only (nothing else is sent), and writes
it as a fixture that remotix-mock --fixtures <file> loads: the groups and what they list, connections (and
their credentials, where the target lets them be read), cloud computers with their connections, settings
and credentials, and the Nearby list. Ids are kept exactly as the target gave them; fields the fixture has
no name for go under each item's "extra", for a dialect to serve.

  --url <http://host:port>   the Remotix to read (env REMOTIX_URL)
  --out <file>               where to write the fixture (overwritten)
  --include-secrets          copy passwords as they are (default: generated placeholders; usernames and
                             domains are always copied)
  --timeout <ms>             per request (default ${DEFAULT_TIMEOUT_MS})

Serve it with the dialect a kit run wrote:
  remotix-contract --url <url> --report-dir report/
  remotix-mock --fixtures <file> --dialect report/dialect.json

Exit: 0 written, 1 the target answered but could not be read, 2 usage error or the target is unreachable.
`;
}
