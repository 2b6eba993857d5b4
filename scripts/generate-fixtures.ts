/**
 * Writes a large fixture file for scale tests:
 *
 *   npm run fixtures:generate -- --connections 100000 [--groups 1000] [--computers 0] [--out fixtures/generated.json]
 *
 * Connections are spread evenly over the groups, every protocol in turn, each with credentials. The
 * reference's computer 123456 is always included, so the usual examples keep working.
 */
import { writeFile } from 'node:fs/promises';
import { failUsage, readScriptOptions } from './lib/read-script-options.js';

const USAGE = `Usage: npm run fixtures:generate -- [options]

Writes a fixture file for scale tests (start the mock with --fixtures <file>).

  --connections <n>  connections, spread evenly over the groups (default 100000)
  --groups <n>       groups, 1 to 65535 (default 1000)
  --computers <n>    cloud computers besides the reference's 123456 (default 0)
  --out <file>       where to write (default fixtures/generated.json)
  --help, -h         this text`;

const { values } = readScriptOptions('fixtures:generate', USAGE, {
  connections: { type: 'string', default: '100000' },
  groups: { type: 'string', default: '1000' },
  computers: { type: 'string', default: '0' },
  out: { type: 'string', default: 'fixtures/generated.json' },
});
const connections = Number(values.connections);
const groups = Number(values.groups);
const computers = Number(values.computers);
if (![connections, groups, computers].every((n) => Number.isSafeInteger(n) && n >= 0) || groups < 1 || groups > 0xffff) {
  failUsage('fixtures:generate', USAGE, '--connections, --groups and --computers are whole numbers; 1 ≤ groups ≤ 65535');
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const groupUid = (g: number) => `A000-${hex(g)}`;
const protocols = ['RDP', 'NEAR', 'APPLE', 'VNC'] as const;
const credentialsFor = (protocol: string, i: number): Record<string, string> | undefined =>
  protocol === 'RDP'
    ? { 'rdp.username': `user${i}`, 'rdp.password': `pw-${i}` }
    : protocol === 'NEAR'
      ? { 'rxp.username': `user${i}`, 'rxp.password': `pw-${i}` }
      : protocol === 'APPLE'
        ? { 'apple.username': `user${i}`, 'apple.password': `pw-${i}` }
        : undefined;

const fixture = {
  groups: Array.from({ length: groups }, (_, g) => ({ group_uid: groupUid(g), name: `Group ${g + 1}` })),
  connections: Array.from({ length: connections }, (_, i) => {
    const protocol = protocols[i % protocols.length]!;
    const credentials = credentialsFor(protocol, i);
    return {
      uid: `${hex(Math.floor(i / 0x10000) + 0xb000)}-${hex(i % 0x10000)}`,
      name: `Connection ${i + 1}`,
      category_uid: groupUid(i % groups),
      protocol,
      ...(credentials ? { credentials } : {}),
    };
  }),
  computers: [
    {
      computer_id: '123456',
      name: 'Studio Mac',
      category_uid: groupUid(0),
      connections: { VNC: { settings: { host: 'studio-mac.example.net' } }, RDP_3390: {}, NEAR: {} },
    },
    ...Array.from({ length: computers }, (_, i) => ({
      computer_id: String(200000 + i),
      name: `Computer ${i + 1}`,
      category_uid: groupUid(i % groups),
      connections: { NEAR: {} },
    })),
  ],
  nearby: [{ name: 'Printer kiosk', host: '192.168.1.40', protocol: 'RDP' }],
};

await writeFile(values.out!, JSON.stringify(fixture));
console.log(`${values.out}: ${groups} groups, ${connections} connections, ${fixture.computers.length} computers`);
