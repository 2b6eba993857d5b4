import { bytes, type HostileCase, request } from '../hostile-case.js';

const TARGET = ' /connection/1000-0001/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
const CONNECT = 'ACTION /connection/1000-0001/connect';
/** Prefixes, suffixes, case variants and near misses of ACTION: none of them may ever run as ACTION. */
const VARIANTS = ['CTION', 'TION', 'ACTIO', 'ACTIONS', 'AACTION', 'action', 'Action', 'ACTiON', 'ACT-ION'];

/** `token` + TARGET, cut into two writes after byte `at` (0: one write). */
function split(token: string, at: number, before = ''): Buffer[] {
  const whole = bytes(before, token, TARGET);
  const cut = before.length + at;
  return at === 0 ? [whole] : [whole.subarray(0, cut), whole.subarray(cut)];
}

const splits = (token: string): number[] => Array.from({ length: token.length + 1 }, (_, i) => i);
const where = (at: number): string => (at === 0 ? 'in one write' : `split after byte ${at}`);

/** The method token is read from the request's own bytes, however the writes cut it. */
export const methodTokenCases: HostileCase[] = [
  ...splits('ACTION').map((at) => ({
    name: `an ACTION ${where(at)}`,
    writes: split('ACTION', at),
    gapMs: 20,
    statuses: [200],
    actions: [CONNECT],
  })),
  ...VARIANTS.flatMap((token) =>
    splits(token).map((at) => ({ name: `the method ${token} ${where(at)}`, writes: split(token, at), gapMs: 20, statuses: [400] })),
  ),
  // A request that starts where a write ends: nothing of the earlier request may be taken for its method.
  ...[1, 2].flatMap((at) => [
    {
      name: `CTION after a GET, split after byte ${at} of the method`,
      writes: split('CTION', at, request('GET', '/groups').toString('latin1')),
      gapMs: 20,
      statuses: [200, 400],
    },
    {
      name: `an ACTION after a GET, split after byte ${at} of the method`,
      writes: split('ACTION', at, request('GET', '/groups').toString('latin1')),
      gapMs: 20,
      statuses: [200, 200],
      actions: [CONNECT],
    },
  ]),
];
