#!/usr/bin/env node
import { describeListenError } from './describe-listen-error.js';
import { DialectError } from './dialect/dialect-error.js';
import { FixtureError } from './fixtures/fixture-error.js';
import { describeFixtures } from './fixtures/resolve-fixtures.js';
import { SessionError } from './sessions/session-error.js';
import { readSettings, SettingsError, usage } from './settings.js';
import { type Mock, startMock } from './start-mock.js';
import { watchNpmLauncher } from './watch-npm-launcher.js';

/** Exit codes: 0 stopped by a signal or --help, 1 an operating error, 2 a usage error (a bad flag or variable). */
const USAGE_ERROR = 2;
const OPERATING_ERROR = 1;

/** The command line: the only place that reads argv and env, listens on a port and handles signals. */
async function main(): Promise<void> {
  const settings = readSettings(process.argv.slice(2), process.env);
  if (settings.help) {
    process.stdout.write(usage());
    return;
  }
  const target = {
    host: settings.host,
    port: settings.port,
    hostName: settings.origins.host ?? '--host',
    portName: settings.origins.port ?? '--port',
  };
  // The handlers come first: whoever reads the start-up line may signal at once.
  let mock: Mock | undefined;
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    if (!mock) process.exit(0);
    process.stdout.write(`remotix-mock: ${why}, finishing requests in flight\n`);
    mock.close().then(() => {
      process.stdout.write('remotix-mock: stopped\n');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  watchNpmLauncher(() => stop('the npm process that started it has ended (as on SIGTERM)'));
  mock = await startMock(settings).catch((error: unknown) => {
    const message = describeListenError(error, target);
    throw message === undefined ? error : new OperatingError(message);
  });
  const dialect = settings.dialect === undefined ? '' : `, dialect: ${settings.dialect}`;
  const proxy =
    settings.proxy === undefined ? '' : `, proxying to ${settings.proxy}${settings.record ? `, recording to ${settings.record}` : ''}`;
  process.stdout.write(`remotix-mock listening on ${mock.url} (fixtures: ${describeFixtures(settings.fixtures)}${dialect}${proxy})\n`);
}

/** A problem of the machine or the environment, said in one line with what to do. */
class OperatingError extends Error {
  override readonly name = 'OperatingError';
}

main().catch((error: unknown) => {
  const known =
    error instanceof SettingsError ||
    error instanceof FixtureError ||
    error instanceof SessionError ||
    error instanceof DialectError ||
    error instanceof OperatingError;
  process.stderr.write(`remotix-mock: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  if (error instanceof SettingsError) process.stderr.write(`\n${usage()}`);
  process.exit(error instanceof SettingsError ? USAGE_ERROR : OPERATING_ERROR);
});
