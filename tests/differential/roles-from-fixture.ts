import type { Roles } from './diff-sequence.js';

interface CapturedFixture {
  groups: Array<{ group_uid: string }>;
  connections: Array<{ uid: string; category_uid: string; protocol?: string | null; credentials?: Record<string, string> }>;
  computers: Array<{
    computer_id: string;
    category_uid: string;
    connections?: Record<string, { settings?: Record<string, unknown> }>;
  }>;
}

/**
 * An id of the same shape that no item has, nor will soon (a server that counts up gives the next number to
 * the next create): digits become 9s, or else each letter and digit is shifted within its own kind.
 */
function unknownLike(id: string, taken: ReadonlySet<string>): string {
  const nines = id.replace(/\d/g, '9');
  if (nines !== id && !taken.has(nines)) return nines;
  for (let shift = 1; shift < 10; shift++) {
    const candidate = id.replace(/[0-9a-zA-Z]/g, (c) => {
      const [base, size] = /\d/.test(c)
        ? [48, 10]
        : /[a-f]/.test(c)
          ? [97, 6]
          : /[A-F]/.test(c)
            ? [65, 6]
            : /[a-z]/.test(c)
              ? [97, 26]
              : [65, 26];
      return String.fromCharCode(base + ((c.charCodeAt(0) - base + shift) % size));
    });
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`no unknown id like ${id}`);
}

/** A setting of the connection and another value of the same kind: a boolean flipped, a number changed, a string. */
function otherSetting(settings: Record<string, unknown> | undefined): { key: string; value: unknown } {
  const entries = Object.entries(settings ?? {});
  const flag = entries.find(([, v]) => typeof v === 'boolean');
  if (flag) return { key: flag[0], value: !flag[1] };
  const number = entries.find(([, v]) => typeof v === 'number');
  if (number) return { key: number[0], value: (number[1] as number) === 8 ? 16 : 8 };
  const [key = 'quality'] = entries[0] ?? [];
  return { key, value: 'remotix-contract' };
}

/**
 * The roles of the scripted sequence, read from a fixture the capture wrote of a server whose seed data is
 * not known in advance: a group with connections and a computer, another group, an empty one, a connection
 * with credentials, another connection, the --computer and another, unknown ids of the same shapes, and a
 * VNC and an RDP setting with a value other than the seed's.
 */
export function rolesFromFixture(fixture: CapturedFixture, computer: string): Roles {
  const membersOf = (group: string) =>
    fixture.connections.filter((c) => c.category_uid === group).length + fixture.computers.filter((c) => c.category_uid === group).length;
  const groups = fixture.groups.map((g) => g.group_uid);
  const full = groups.find(
    (g) => fixture.computers.some((c) => c.category_uid === g) && fixture.connections.some((c) => c.category_uid === g),
  );
  const emptyGroup = groups.find((g) => membersOf(g) === 0);
  const otherGroup = groups.find((g) => g !== full && g !== emptyGroup);
  const withCredentials = fixture.connections.filter((c) => Object.keys(c.credentials ?? {}).length > 0);
  const rdp = withCredentials.find((c) => c.protocol === 'RDP') ?? withCredentials[0] ?? fixture.connections[0];
  const other = fixture.connections.find((c) => c !== rdp && c.category_uid !== full) ?? fixture.connections.find((c) => c !== rdp);
  const main = fixture.computers.find((c) => c.computer_id === computer);
  const otherComputer = fixture.computers.find((c) => c.computer_id !== computer);
  if (!full || !emptyGroup || !otherGroup || !rdp || !other || !main || !otherComputer)
    throw new Error('the fixture lacks an item the sequence needs (a full, another and an empty group; two connections; two computers)');
  const connections = Object.entries(main.connections ?? {});
  const vnc = otherSetting(connections.find(([id]) => id.startsWith('VNC'))?.[1].settings);
  const rdpSetting = otherSetting(connections.find(([id]) => id.startsWith('RDP'))?.[1].settings);
  return {
    fullGroup: full,
    otherGroup,
    emptyGroup,
    rdpConnection: rdp.uid,
    otherConnection: other.uid,
    computer,
    otherComputer: otherComputer.computer_id,
    unknownGroup: unknownLike(full, new Set(groups)),
    unknownComputer: unknownLike(computer, new Set(fixture.computers.map((c) => c.computer_id))),
    vncKey: vnc.key,
    vncValue: vnc.value,
    rdpKey: rdpSetting.key,
    rdpValue: rdpSetting.value,
  };
}
