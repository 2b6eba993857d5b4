import { writeFile } from 'node:fs/promises';
import { CaptureError, type CaptureSummary, captureTarget } from './capture-target.js';
import type { CaptureCommand } from './parse-capture-args.js';

export interface CaptureOutput {
  out(line: string): void;
  err(line: string): void;
}

/** `remotix-contract capture`: reads the target, writes the fixture, says what it holds (never a value); returns the exit code. */
export async function runCapture(command: CaptureCommand, output: CaptureOutput): Promise<number> {
  let result: Awaited<ReturnType<typeof captureTarget>>;
  try {
    result = await captureTarget(command);
  } catch (error) {
    if (!(error instanceof CaptureError)) throw error;
    output.err(`remotix-contract capture: ${error.message}`);
    return error.exitCode;
  }
  try {
    // The file holds usernames (and with --include-secrets, passwords): readable by its owner only.
    await writeFile(command.out, `${JSON.stringify(result.fixture, null, 2)}\n`, { mode: 0o600 });
  } catch (error) {
    output.err(
      `remotix-contract capture: cannot write ${command.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}): choose another --out`,
    );
    return 2;
  }
  for (const line of describe(command, result.summary)) output.out(line);
  if (command.includeSecrets)
    output.err(
      `remotix-contract capture: WARNING: --include-secrets: ${command.out} holds the target's passwords in clear; keep it out of version control and logs`,
    );
  return 0;
}

function describe(command: CaptureCommand, s: CaptureSummary): string[] {
  const standIns = s.connectionStandIns > 0 ? `, placeholders for the ${s.connectionStandIns} shown to have some` : '';
  const credentials =
    s.connections === 0
      ? ''
      : s.connectionCredentials > 0
        ? `, credentials of ${s.connectionCredentials}${standIns}`
        : `, credentials not readable${standIns}`;
  return [
    `captured ${command.url} with ${s.requests} GET requests into ${command.out}:`,
    `  ${s.groups} groups, ${s.connections} connections${credentials}, ${s.computers} computers (${s.computerConnections} connections, ${s.actions} actions), ${s.nearby} nearby`,
    command.includeSecrets
      ? '  secrets: copied as they are (--include-secrets)'
      : `  secrets: ${s.placeholders} passwords replaced by generated placeholders (usernames and domains kept)`,
    `serve it: remotix-mock --fixtures ${command.out} --dialect <report-dir>/dialect.json (from a kit run against the same target)`,
  ];
}
