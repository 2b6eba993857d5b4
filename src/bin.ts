#!/usr/bin/env node
import { DialectError } from './dialect/dialect-error.js';
import { FixtureError } from './fixtures/fixture-error.js';
import { SessionError } from './sessions/session-error.js';
import { readSettings, SettingsError, usage } from './settings.js';
import { startMock } from './start-mock.js';

/** The command line: the only place that reads argv and env, listens on a port and handles signals. */
async function main(): Promise<void> {
  const settings = readSettings(process.argv.slice(2), process.env);
  if (settings.help) {
    process.stdout.write(usage());
    return;
  }
  const mock = await startMock(settings);
  const dialect = settings.dialect === undefined ? '' : `, dialect: ${settings.dialect}`;
  const proxy =
    settings.proxy === undefined ? '' : `, proxying to ${settings.proxy}${settings.record ? `, recording to ${settings.record}` : ''}`;
  process.stdout.write(`remotix-mock listening on ${mock.url} (fixtures: ${settings.fixtures}${dialect}${proxy})\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`remotix-mock: ${signal}, finishing requests in flight\n`);
    mock.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const known =
    error instanceof SettingsError || error instanceof FixtureError || error instanceof SessionError || error instanceof DialectError;
  process.stderr.write(`remotix-mock: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  if (error instanceof SettingsError) process.stderr.write(`\n${usage()}`);
  process.exit(1);
});
