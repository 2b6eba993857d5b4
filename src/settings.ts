import { parseArgs } from 'node:util';
import { DEFAULT_FIXTURES } from './package-paths.js';
import { DEFAULT_BODY_LIMIT } from './http/read-json-body.js';

/** Every setting of the server, declared once: flag, environment variable, default, meaning. */
export const SETTINGS = {
  port: { flag: 'port', env: 'PORT', default: 3000, help: 'TCP port to listen on (0 picks a free one)' },
  host: { flag: 'host', env: 'HOST', default: '127.0.0.1', help: 'address to bind; 0.0.0.0 exposes the mock to the network' },
  fixtures: { flag: 'fixtures', env: 'REMOTIX_MOCK_FIXTURES', default: DEFAULT_FIXTURES, help: 'fixture file to start from and reset to' },
  bodyLimit: { flag: 'body-limit', env: 'REMOTIX_MOCK_BODY_LIMIT', default: DEFAULT_BODY_LIMIT, help: 'largest request body, in bytes' },
} as const;

export interface ServerSettings {
  port: number;
  host: string;
  fixtures: string;
  bodyLimit: number;
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** Flags win over environment variables, which win over defaults. */
export function readSettings(argv: readonly string[], env: NodeJS.ProcessEnv): ServerSettings & { help: boolean } {
  const values = parseFlags(argv);
  const pick = (key: keyof typeof SETTINGS): string | undefined =>
    (values[SETTINGS[key].flag] as string | undefined) ?? env[SETTINGS[key].env];
  return {
    port: integer(pick('port'), SETTINGS.port.default, '--port', 0, 65535),
    host: pick('host') ?? SETTINGS.host.default,
    fixtures: pick('fixtures') ?? SETTINGS.fixtures.default,
    bodyLimit: integer(pick('bodyLimit'), SETTINGS.bodyLimit.default, '--body-limit', 1, 2 ** 31),
    help: values.help === true,
  };
}

function parseFlags(argv: readonly string[]): Record<string, string | boolean | undefined> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries([
        ...Object.values(SETTINGS).map((s) => [s.flag, { type: 'string' as const }]),
        ['help', { type: 'boolean' as const, short: 'h' }],
      ]),
      strict: true,
    });
    return values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new SettingsError((error as Error).message);
  }
}

function integer(text: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new SettingsError(`${name} must be a whole number from ${min} to ${max}, not ${text}`);
  return value;
}

export function usage(): string {
  const lines = Object.values(SETTINGS).map(
    (s) => `  --${s.flag.padEnd(11)} ${s.help}\n  ${''.padEnd(13)} env ${s.env}, default ${s.default}`,
  );
  return `Usage: remotix-mock [options]\n\nA stateful mock of the Remotix HTTP API.\n\n${lines.join('\n')}\n  --help, -h    this text\n`;
}
