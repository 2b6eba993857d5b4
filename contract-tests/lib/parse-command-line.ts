import { parseArgs } from 'node:util';
import { DEFAULT_REPORT_DIR, DEFAULT_TIMEOUT_MS, defaultKitOptions, type KitOptions } from './kit-options.js';

export interface CleanupOptions {
  runId: string;
  /** Overrides the URL the run log names. */
  url?: string;
  reportDir: string;
  /** Overrides `<report-dir>/runs/<run-id>.jsonl`. */
  runLog?: string;
  timeoutMs: number;
}

export type Command = { command: 'run'; options: KitOptions } | { command: 'cleanup'; options: CleanupOptions } | { command: 'help' };

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FLAGS = {
  url: { type: 'string' },
  'allow-writes': { type: 'boolean' },
  'allow-actions': { type: 'boolean' },
  'allow-negative': { type: 'boolean' },
  'allow-computer-delete': { type: 'boolean' },
  computer: { type: 'string' },
  'report-dir': { type: 'string' },
  label: { type: 'string' },
  timeout: { type: 'string' },
  'run-id': { type: 'string' },
  strict: { type: 'boolean' },
  openapi: { type: 'string' },
  run: { type: 'string' },
  'run-log': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const RUN_ONLY = [
  'allow-writes',
  'allow-actions',
  'allow-negative',
  'allow-computer-delete',
  'computer',
  'label',
  'run-id',
  'strict',
  'openapi',
];
const CLEANUP_ONLY = ['run', 'run-log'];

/** `remotix-contract [run] [flags]` or `remotix-contract cleanup --run <id> [flags]`; `REMOTIX_URL` when `--url` is absent. */
export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { command: 'help' };
  const [command = 'run', ...extra] = positionals;
  if (extra.length > 0 || (command !== 'run' && command !== 'cleanup')) throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  const misplaced = (command === 'run' ? CLEANUP_ONLY : RUN_ONLY).filter((flag) => values[flag] !== undefined);
  if (misplaced.length > 0) throw new UsageError(`--${misplaced[0]} does not go with ${command}`);
  const url = checkUrl(text(values, 'url') ?? (env.REMOTIX_URL || undefined));
  const reportDir = text(values, 'report-dir') ?? DEFAULT_REPORT_DIR;
  const timeoutMs = timeout(text(values, 'timeout'));
  if (command === 'cleanup') {
    const runId = text(values, 'run');
    if (!runId) throw new UsageError('cleanup needs --run <id>');
    return { command, options: { runId: checkRunId(runId), url, reportDir, runLog: text(values, 'run-log'), timeoutMs } };
  }
  return { command, options: runOptions(values, { url, reportDir, timeoutMs }) };
}

function runOptions(values: Values, base: Pick<KitOptions, 'url' | 'reportDir' | 'timeoutMs'>): KitOptions {
  const computer = text(values, 'computer');
  if (computer !== undefined && !/^[^/?#\s]+$/.test(computer)) throw new UsageError(`--computer must be a computer id, not ${computer}`);
  if (values['allow-computer-delete'] && computer === undefined) throw new UsageError('--allow-computer-delete needs --computer <id>');
  const options = defaultKitOptions({
    ...base,
    allowWrites: values['allow-writes'] === true,
    allowActions: values['allow-actions'] === true,
    allowNegative: values['allow-negative'] === true,
    allowComputerDelete: values['allow-computer-delete'] === true,
    strict: values.strict === true,
  });
  if (computer !== undefined) options.computer = computer;
  const label = text(values, 'label');
  const runId = text(values, 'run-id');
  const openapi = text(values, 'openapi');
  if (label !== undefined) options.label = label;
  if (runId !== undefined) options.runId = checkRunId(runId);
  if (openapi !== undefined) options.openapi = openapi;
  return options;
}

/** The parsed flags: strings for valued flags, `true` for switches. */
interface Values {
  [flag: string]: string | boolean | undefined;
}

function parse(argv: readonly string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function text(values: Values, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}

function checkUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url must be an http:// URL, not ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--url must be an http:// URL, not ${url}`);
  return url.replace(/\/+$/, '');
}

function checkRunId(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{3,63}$/.test(id)) throw new UsageError(`a run id is 4 to 64 letters, digits and dashes, not ${id}`);
  return id;
}

function timeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 100 || value > 600_000)
    throw new UsageError(`--timeout must be milliseconds from 100 to 600000, not ${text}`);
  return value;
}

export function usage(): string {
  return `Usage:
  remotix-contract [run] [options]            judge the mock (default) or a server (--url) against the contract
  remotix-contract cleanup --run <id> [--url]   remove what an interrupted run created
  remotix-contract capture --url <url> --out <file>   write a fixture of what a Remotix holds, reading only
                                                (remotix-contract capture --help)

Target
  --url <http://host:port>   the server to judge (env REMOTIX_URL); without it the kit starts the mock
  --label <text>             the target's name in the reports, e.g. "Remotix 6.4.1 macOS"
  --strict                   treat assumed behaviour as binding on any target

Safety (a real Remotix holds real connections: without flags the run only reads)
  --allow-writes             create, change and delete what this run creates (names carry the run id)
  --allow-actions            send ACTION, which opens remote sessions
  --computer <id>            the one cloud computer whose settings the run may change and restore
  --allow-computer-delete    also delete that computer (drops you from its Trusted Users list)
  --allow-negative           send invalid input and unsupported methods

Output
  --report-dir <dir>         JUnit XML, JSON, Markdown and run logs (default ${DEFAULT_REPORT_DIR})
  --run-id <id>              name the run (default: generated)
  --timeout <ms>             per request (default ${DEFAULT_TIMEOUT_MS})
  --openapi <file>           the contract (default: the package's openapi/remotix.yaml)

Exit: 0 the contract holds, 1 it is broken, 2 usage or set-up error, 130/143 interrupted.
`;
}
