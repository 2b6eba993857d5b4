import { API_DOCUMENT } from './package-files.js';

/** What a run may do beyond reading. Each comes from a flag, except against a mock the kit started itself. */
export type Permission = 'writes' | 'actions' | 'computer' | 'computer-delete' | 'negative';

export interface KitOptions {
  /** The server to judge; undefined starts the mock (`node dist/bundle/bin.mjs --port 0`) and stops it after. */
  url?: string;
  allowWrites: boolean;
  allowActions: boolean;
  allowNegative: boolean;
  allowComputerDelete: boolean;
  /** The one cloud computer whose settings the run may change (and restore). */
  computer?: string;
  reportDir: string;
  label?: string;
  /** Per request. */
  timeoutMs: number;
  runId?: string;
  /** Treat assumed behaviour as binding even against a target that is not the mock. */
  strict: boolean;
  openapi: string;
}

export const DEFAULT_REPORT_DIR = 'test-results/remotix-contract';
export const DEFAULT_TIMEOUT_MS = 10_000;
/** The computer of the mock's default fixtures, used when the kit starts the mock itself. */
export const MOCK_COMPUTER = '123456';

export function defaultKitOptions(overrides: Partial<KitOptions> = {}): KitOptions {
  return {
    allowWrites: false,
    allowActions: false,
    allowNegative: false,
    allowComputerDelete: false,
    reportDir: DEFAULT_REPORT_DIR,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    strict: false,
    openapi: API_DOCUMENT,
    ...overrides,
  };
}

/** The flag that grants each permission, for "not tested" reasons. */
export const PERMISSION_FLAGS: Record<Permission, string> = {
  writes: '--allow-writes',
  actions: '--allow-actions',
  computer: '--computer <id>',
  'computer-delete': '--allow-computer-delete',
  negative: '--allow-negative',
};

/** What the run may do: everything against a mock the kit started, only what the flags say otherwise. */
export function grantedPermissions(options: KitOptions, startedByKit: boolean): Set<Permission> {
  if (startedByKit) return new Set(['writes', 'actions', 'computer', 'computer-delete', 'negative']);
  const granted = new Set<Permission>();
  if (options.allowWrites) granted.add('writes');
  if (options.allowActions) granted.add('actions');
  if (options.allowNegative) granted.add('negative');
  if (options.computer !== undefined) granted.add('computer');
  if (options.allowComputerDelete && options.computer !== undefined) granted.add('computer-delete');
  return granted;
}

/** The flags as a user would type them, for the reports. */
export function describeFlags(options: KitOptions): string[] {
  const flags: string[] = [];
  if (options.allowWrites) flags.push('--allow-writes');
  if (options.allowActions) flags.push('--allow-actions');
  if (options.allowNegative) flags.push('--allow-negative');
  if (options.allowComputerDelete) flags.push('--allow-computer-delete');
  if (options.computer !== undefined) flags.push(`--computer ${options.computer}`);
  if (options.strict) flags.push('--strict');
  return flags;
}
