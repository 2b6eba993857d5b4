import { isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS } from './defaults.js';
import type { FaultConfig } from './faults/fault-set.js';
import { parseFaultFlags } from './faults/parse-fault-flags.js';
import { packagedDatasets, resolveFixtures } from './fixtures/resolve-fixtures.js';
import { isAllowedHostPattern } from './http/middleware/allow-hosts.js';

/** Every setting of the server, declared once: flag, environment variable, default, meaning. */
export const SETTINGS = {
  port: { flag: 'port', env: 'PORT', default: 3000, help: 'TCP port to listen on (0 picks a free one)' },
  host: { flag: 'host', env: 'HOST', default: DEFAULTS.host, help: 'address to bind; 0.0.0.0 exposes the mock to the network' },
  fixtures: {
    flag: 'fixtures',
    env: 'REMOTIX_MOCK_FIXTURES',
    default: 'default',
    help: 'dataset to start from and reset to: a JSON file, or a packaged one by name',
  },
  dialect: {
    flag: 'dialect',
    env: 'REMOTIX_MOCK_DIALECT',
    default: undefined,
    help: 'dialect file: answer as your Remotix does where the reference is silent',
  },
  proxy: {
    flag: 'proxy',
    env: 'REMOTIX_MOCK_PROXY',
    default: undefined,
    help: 'forward API requests to this Remotix, check and journal its answers',
  },
  record: { flag: 'record', env: 'REMOTIX_MOCK_RECORD', default: undefined, help: 'with --proxy: write each exchange to this folder' },
  bodyLimit: { flag: 'body-limit', env: 'REMOTIX_MOCK_BODY_LIMIT', default: DEFAULTS.bodyLimit, help: 'largest request body, in bytes' },
  seed: { flag: 'seed', env: 'REMOTIX_MOCK_SEED', default: undefined, help: 'make ids and times reproducible (a whole number)' },
  journalLimit: {
    flag: 'journal-limit',
    env: 'REMOTIX_MOCK_JOURNAL_LIMIT',
    default: DEFAULTS.journalLimit,
    help: 'entries each journal keeps, per session',
  },
  sessionIdleMs: {
    flag: 'session-idle-ms',
    env: 'REMOTIX_MOCK_SESSION_IDLE_MS',
    default: DEFAULTS.sessionIdleMs,
    help: 'a named session unused this long is dropped',
  },
  maxSessions: {
    flag: 'max-sessions',
    env: 'REMOTIX_MOCK_MAX_SESSIONS',
    default: DEFAULTS.maxSessions,
    help: 'most named sessions alive at once',
  },
  latency: { flag: 'latency', env: 'REMOTIX_MOCK_LATENCY', default: undefined, help: 'delay API answers: MS or MIN-MAX' },
  fault: { flag: 'fault', env: undefined, default: undefined, help: 'repeatable: "[METHOD ]PATH=STATUS[xN]" or "[METHOD ]PATH=close[xN]"' },
  profile: {
    flag: 'profile',
    env: 'REMOTIX_MOCK_PROFILE',
    default: undefined,
    help: 'starting[:MS] (503s) or app-not-running[:MS] (refused)',
  },
  headersTimeoutMs: {
    flag: 'headers-timeout-ms',
    env: 'REMOTIX_MOCK_HEADERS_TIMEOUT_MS',
    default: DEFAULTS.headersTimeoutMs,
    help: 'a client slower than this to send its request head gets 408',
  },
  requestTimeoutMs: {
    flag: 'request-timeout-ms',
    env: 'REMOTIX_MOCK_REQUEST_TIMEOUT_MS',
    default: DEFAULTS.requestTimeoutMs,
    help: 'a request (head and body) not all in by then gets 408; at least --headers-timeout-ms',
  },
  keepAliveTimeoutMs: {
    flag: 'keep-alive-timeout-ms',
    env: 'REMOTIX_MOCK_KEEP_ALIVE_TIMEOUT_MS',
    default: DEFAULTS.keepAliveTimeoutMs,
    help: 'an idle keep-alive connection is closed after this',
  },
  memoryBudget: {
    flag: 'memory-budget',
    env: 'REMOTIX_MOCK_MEMORY_BUDGET',
    default: DEFAULTS.memoryBudget,
    help: 'bytes of data all sessions and journals may hold together (503 when reached)',
  },
  shutdownTimeoutMs: {
    flag: 'shutdown-timeout-ms',
    env: 'REMOTIX_MOCK_SHUTDOWN_TIMEOUT_MS',
    default: DEFAULTS.shutdownTimeoutMs,
    help: 'on SIGTERM/SIGINT, how long requests in flight may take',
  },
  token: { flag: 'token', env: 'REMOTIX_MOCK_TOKEN', default: undefined, help: 'demand Authorization: Bearer <token> on the API' },
  adminToken: {
    flag: 'admin-token',
    env: 'REMOTIX_MOCK_ADMIN_TOKEN',
    default: undefined,
    help: 'demand Authorization: Bearer <token> under /__admin',
  },
  noAdmin: { flag: 'no-admin', env: 'REMOTIX_MOCK_NO_ADMIN', default: undefined, help: 'turn the admin API off (health stays)' },
  log: { flag: 'log', env: 'REMOTIX_MOCK_LOG', default: 'text', help: 'request log: text, json (one object per line) or off' },
  cors: {
    flag: 'cors',
    env: 'REMOTIX_MOCK_CORS',
    default: undefined,
    help: 'allow these origins (comma-separated) by CORS, writes included; none unless given',
  },
  allowedHosts: {
    flag: 'allowed-hosts',
    env: 'REMOTIX_MOCK_ALLOWED_HOSTS',
    default: undefined,
    help: 'Host names answered besides localhost, *.localhost and IPs (comma-separated; .domain for its subdomains too; * for any)',
  },
} as const;

export interface ServerSettings {
  port: number;
  host: string;
  fixtures: string;
  dialect?: string;
  proxy?: string;
  record?: string;
  bodyLimit: number;
  seed?: number;
  journalLimit: number;
  sessionIdleMs: number;
  maxSessions: number;
  faults?: FaultConfig;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  memoryBudget: number;
  shutdownTimeoutMs: number;
  token?: string;
  adminToken?: string;
  admin: boolean;
  corsOrigins?: string[];
  allowedHosts?: string[];
  log: 'text' | 'json' | 'off';
}

/** A value the user gave that cannot be used: the message names the flag or the environment variable. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

type Key = keyof typeof SETTINGS;

/** A value as given, with the name the user gave it by: `--port`, or `PORT` for the environment. */
interface Given {
  text: string;
  name: string;
}

/** How each setting given was named (`--host`, or `HOST`), for messages about it after start-up. */
export type SettingOrigins = Partial<Record<Key, string>>;

/** Flags win over environment variables, which win over defaults. */
export function readSettings(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string = process.cwd(),
): ServerSettings & { help: boolean; origins: SettingOrigins } {
  const values = parseFlags(argv);
  const origins: SettingOrigins = {};
  const pick = (key: Key): Given | undefined => {
    const setting = SETTINGS[key];
    const flag = values[setting.flag] as string | undefined;
    const given =
      flag !== undefined
        ? { text: flag, name: `--${setting.flag}` }
        : setting.env !== undefined && env[setting.env] !== undefined
          ? { text: env[setting.env]!, name: setting.env }
          : undefined;
    if (given) origins[key] = given.name;
    return given;
  };
  const whole = (key: Key, min: number, max: number, fallback: number) => integer(pick(key), fallback, min, max);
  const seed = pick('seed');
  const headersTimeoutMs = whole('headersTimeoutMs', 1, 3_600_000, SETTINGS.headersTimeoutMs.default);
  return {
    port: whole('port', 0, 65535, SETTINGS.port.default),
    host: pick('host')?.text ?? SETTINGS.host.default,
    fixtures: fixtureFile(pick('fixtures') ?? { text: SETTINGS.fixtures.default, name: '--fixtures' }, cwd),
    dialect: pick('dialect')?.text,
    proxy: proxyUrl(pick('proxy')),
    record: recordDir(pick('record'), pick('proxy')),
    bodyLimit: whole('bodyLimit', 1, 2 ** 31, SETTINGS.bodyLimit.default),
    seed: seed === undefined ? undefined : integer(seed, 0, 0, 2 ** 32 - 1),
    journalLimit: whole('journalLimit', 1, 10_000_000, SETTINGS.journalLimit.default),
    sessionIdleMs: whole('sessionIdleMs', 1, 2 ** 31, SETTINGS.sessionIdleMs.default),
    maxSessions: whole('maxSessions', 0, 100_000, SETTINGS.maxSessions.default),
    faults: faultsOf(pick('latency'), values.fault as string[] | undefined, pick('profile')),
    headersTimeoutMs,
    // Node refuses a request timeout shorter than the headers timeout: the default grows to match it.
    requestTimeoutMs: whole('requestTimeoutMs', headersTimeoutMs, 3_600_000, Math.max(SETTINGS.requestTimeoutMs.default, headersTimeoutMs)),
    keepAliveTimeoutMs: whole('keepAliveTimeoutMs', 1, 3_600_000, SETTINGS.keepAliveTimeoutMs.default),
    memoryBudget: whole('memoryBudget', 1024, 2 ** 40, SETTINGS.memoryBudget.default),
    shutdownTimeoutMs: whole('shutdownTimeoutMs', 0, 3_600_000, SETTINGS.shutdownTimeoutMs.default),
    token: secret(pick('token')),
    adminToken: secret(pick('adminToken')),
    admin: !(values['no-admin'] === true || switchedOn(env, SETTINGS.noAdmin.env)),
    corsOrigins: listOf(pick('cors'))?.map(corsOrigin),
    allowedHosts: listOf(pick('allowedHosts'))?.map(allowedHost),
    log: logFormat(pick('log') ?? { text: SETTINGS.log.default, name: '--log' }),
    help: values.help === true,
    origins,
  };
}

/** A comma-separated value, each item named as the whole was given. */
function listOf(given: Given | undefined): Given[] | undefined {
  return given?.text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((text) => ({ text, name: given.name }));
}

/** An origin as a browser sends it: scheme, host and port, nothing else. `null` would admit every sandboxed page. */
function corsOrigin({ text, name }: Given): string {
  if (!/^https?:\/\/[^/?#\s]+$/i.test(text) || originOf(text) !== text) {
    throw new SettingsError(`${name} takes origins such as http://app.example:8080 (no path, no "null", no "*"), not ${text}`);
  }
  return text;
}

function originOf(text: string): string | undefined {
  try {
    return new URL(text).origin;
  } catch {
    return undefined;
  }
}

function allowedHost({ text, name }: Given): string {
  const host = text.toLowerCase();
  if (!isAllowedHostPattern(host)) {
    throw new SettingsError(`${name} takes host names without ports (name, .domain or *), not ${text}`);
  }
  return host;
}

function proxyUrl(given: Given | undefined): string | undefined {
  if (given === undefined) return undefined;
  if (!/^https?:\/\/[^/\s]+/.test(given.text)) throw new SettingsError(`${given.name} takes an http:// or https:// URL, not ${given.text}`);
  return given.text;
}

function recordDir(dir: Given | undefined, proxy: Given | undefined): string | undefined {
  if (dir !== undefined && proxy === undefined) throw new SettingsError(`${dir.name} needs --proxy: it writes what the proxy forwards`);
  return dir?.text;
}

/** An on/off variable: 1 or true, 0, false or empty; anything else is a mistake worth naming. */
function switchedOn(env: NodeJS.ProcessEnv, name: string): boolean {
  const text = env[name]?.toLowerCase() ?? '';
  if (['1', 'true', '0', 'false', ''].includes(text)) return text === '1' || text === 'true';
  throw new SettingsError(`${name} takes 1 or true (0, false or empty for off), not ${env[name]}`);
}

function fixtureFile(given: Given, cwd: string): string {
  const file = resolveFixtures(given.text, cwd);
  if (file !== undefined) return file;
  const where = isAbsolute(given.text) ? '' : `, looked in ${cwd}`;
  throw new SettingsError(
    `${given.name} names no file and no packaged dataset: ${given.text} (packaged: ${packagedDatasets().join(', ')}${where})`,
  );
}

function logFormat({ text, name }: Given): 'text' | 'json' | 'off' {
  if (text === 'text' || text === 'json' || text === 'off') return text;
  throw new SettingsError(`${name} takes text, json or off, not ${text}`);
}

function secret(given: Given | undefined): string | undefined {
  if (given === undefined) return undefined;
  if (!/^[\x21-\x7e]{8,512}$/.test(given.text)) throw new SettingsError(`${given.name} must be 8 to 512 visible ASCII characters`);
  return given.text;
}

function faultsOf(latency: Given | undefined, faults: string[] | undefined, profile: Given | undefined): FaultConfig | undefined {
  try {
    return parseFaultFlags({ latency: latency?.text, faults, profile: profile?.text });
  } catch (error) {
    // parseFaultFlags names the flags; a value from the environment is named by its variable.
    const message = (error as Error).message;
    const rename = (given: Given | undefined, flag: string) =>
      given && message.startsWith(flag) ? `${given.name}${message.slice(flag.length)}` : undefined;
    throw new SettingsError(rename(latency, '--latency') ?? rename(profile, '--profile') ?? message);
  }
}

function parseFlags(argv: readonly string[]): Record<string, string | string[] | boolean | undefined> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const setting of Object.values(SETTINGS)) {
    options[setting.flag] = setting.flag === 'no-admin' ? { type: 'boolean' } : { type: 'string', multiple: setting.flag === 'fault' };
  }
  try {
    return parseArgs({ args: [...argv], options, strict: true }).values as Record<string, string | string[] | boolean | undefined>;
  } catch (error) {
    throw new SettingsError((error as Error).message);
  }
}

function integer(given: Given | undefined, fallback: number, min: number, max: number): number {
  if (given === undefined) return fallback;
  const value = Number(given.text);
  if (!/^\d+$/.test(given.text) || value < min || value > max)
    throw new SettingsError(`${given.name} must be a whole number from ${min} to ${max}, not ${given.text}`);
  return value;
}

export function usage(): string {
  const lines = Object.values(SETTINGS).map((s) => {
    const origin = [s.env && `env ${s.env}`, s.default !== undefined && `default ${s.default}`].filter(Boolean).join(', ');
    return `  --${s.flag.padEnd(16)} ${s.help}${origin ? `\n  ${''.padEnd(18)} ${origin}` : ''}`;
  });
  return `Usage: remotix-mock [options]\n\nA stateful mock of the Remotix HTTP API.\n\n${lines.join('\n')}\n  --help, -h         this text\n`;
}
