import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from './helpers/spawn-bin.js';

interface FlagRow {
  flag: string;
  env: string | undefined;
  default: string | undefined;
}

/** The rows of the README's flag table: `| `--flag` | `ENV` | `default` | meaning |`. */
function readmeFlags(): FlagRow[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\| `--[a-z-]+`/.test(line));
  return rows.map((line) => {
    const [flag, env, fallback] = line
      .split('|')
      .slice(1, 4)
      .map((cell) => /`([^`]+)`/.exec(cell)?.[1]);
    return { flag: flag!.replace(/^--/, ''), env: env === undefined ? undefined : /^[A-Z_]+/.exec(env)?.[0], default: fallback };
  });
}

/** The flags `remotix-mock --help` prints, with their environment variable and default. */
function helpFlags(): FlagRow[] {
  const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  const rows: FlagRow[] = [];
  for (const [, flag, rest] of help.matchAll(/^ {2}--([a-z-]+) +[^\n]*\n((?: {19,}[^\n]*\n)?)/gm)) {
    if (flag === 'help,' || flag === 'help') continue;
    rows.push({
      flag: flag!,
      env: /env ([A-Z_]+)/.exec(rest ?? '')?.[1],
      default: /default ([^,\n]+)/.exec(rest ?? '')?.[1],
    });
  }
  return rows;
}

describe("the README's flag table", () => {
  it('lists exactly the flags that --help prints, with the same environment variables', () => {
    const readme = readmeFlags();
    const help = helpFlags();
    expect(help.length).toBeGreaterThan(10);
    const byFlag = (rows: FlagRow[]) => Object.fromEntries(rows.map((row) => [row.flag, row.env ?? null]));
    expect(byFlag(readme)).toEqual(byFlag(help));
  });

  it('gives the same defaults as --help', () => {
    const readme = new Map(readmeFlags().map((row) => [row.flag, row.default]));
    for (const row of helpFlags()) {
      expect(readme.get(row.flag), `--${row.flag}`).toBe(row.default);
    }
  });
});
