import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
/** What `readScriptOptions` returns: parseArgs' own typing of the values, `help` included. */
export type ScriptOptionValues<O extends Options> = ReturnType<typeof parseArgs<{ options: O & typeof HELP }>>['values'];

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * The options of one of the project's own scripts (`npm run bench`, `soak`, `fixtures:generate`, ...). With
 * `--help` (`-h`) it prints `usage` and exits 0; an unknown option, a missing value or an argument not asked
 * for prints the reason and `usage` to stderr and exits 2, instead of a stack trace.
 */
export function readScriptOptions<const O extends Options>(
  name: string,
  usage: string,
  options: O,
  { allowPositionals = false } = {},
): { values: ScriptOptionValues<O>; positionals: string[] } {
  let parsed: { values: ScriptOptionValues<O>; positionals: string[] };
  try {
    parsed = parseArgs<{ options: O & typeof HELP; allowPositionals: boolean }>({ options: { ...options, ...HELP }, allowPositionals });
  } catch (error) {
    return failUsage(name, usage, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** Prints what is wrong and the usage, and exits 2. */
export function failUsage(name: string, usage: string, message: string): never {
  console.error(`${name}: ${message}\n\n${usage}`);
  process.exit(2);
}
