import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_DIR } from './kit-options.js';
import { parseCommandLine, UsageError } from './parse-command-line.js';

describe('parseCommandLine', () => {
  it('reads only, against the mock it starts, without flags', () => {
    const command = parseCommandLine([], {});
    expect(command).toMatchObject({
      command: 'run',
      options: { allowWrites: false, allowActions: false, allowNegative: false, reportDir: DEFAULT_REPORT_DIR },
    });
    expect(command.command === 'run' && command.options.url).toBeUndefined();
  });

  it('takes REMOTIX_URL, and --url wins over it', () => {
    expect(parseCommandLine([], { REMOTIX_URL: 'http://a:1/' })).toMatchObject({ options: { url: 'http://a:1' } });
    expect(parseCommandLine(['--url', 'http://b:2'], { REMOTIX_URL: 'http://a:1' })).toMatchObject({ options: { url: 'http://b:2' } });
  });

  it('reads every safety flag', () => {
    const args = [
      '--allow-writes',
      '--allow-actions',
      '--allow-negative',
      '--computer',
      '123456',
      '--allow-computer-delete',
      '--label',
      'Remotix 6.4.1 macOS',
      '--timeout',
      '2500',
      '--run-id',
      'rc-mine',
    ];
    expect(parseCommandLine(args, {})).toMatchObject({
      command: 'run',
      options: {
        allowWrites: true,
        allowActions: true,
        allowNegative: true,
        computer: '123456',
        allowComputerDelete: true,
        label: 'Remotix 6.4.1 macOS',
        timeoutMs: 2500,
        runId: 'rc-mine',
      },
    });
  });

  it('reads the cleanup command', () => {
    expect(parseCommandLine(['cleanup', '--run', 'rc-1234', '--report-dir', 'out'], {})).toEqual({
      command: 'cleanup',
      options: { runId: 'rc-1234', url: undefined, reportDir: 'out', runLog: undefined, timeoutMs: 10_000 },
    });
  });

  it.each([
    [['--computer', '1/2']],
    [['--allow-computer-delete']],
    [['--timeout', '5']],
    [['--run-id', '../x']],
    [['cleanup', '--run', 'rc-1234', '--allow-writes']],
    [['run', '--run', 'rc-1234']],
    [['frobnicate']],
  ])('refuses %j', (args) => {
    expect(() => parseCommandLine(args, {})).toThrow(UsageError);
  });
});
