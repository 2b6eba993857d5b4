/**
 * How much heap does a byte of the memory budget cost? The budget counts the JSON length of what sessions
 * hold; V8 keeps it as objects and strings, which take more. This forks sessions from a large fixture (they
 * share it: both the count and the heap should stay flat), has each change records, and fills journals with
 * big bodies, in-process, and prints the heap each added (after a full collection) as a ratio to the bytes
 * the budget counted for it, in the same run.
 *
 *   npm run bench:budget [-- --connections 20000 --sessions 20 --journaled 10]
 */

import { readScriptOptions } from '../scripts/lib/read-script-options.js';
import { MockSessions } from '../src/sessions/mock-sessions.js';
import type { Fixture, SettingsDefaults } from '../src/store/types.js';

const USAGE = `Usage: npm run bench:budget [-- options]

Prints the heap that forked sessions, their changes and full journals take, as a ratio to what the memory budget counts.

  --connections <n>  connections of the fixture sessions are forked from (default 20000)
  --sessions <n>     sessions to fork (default 20)
  --journaled <n>    sessions whose request journal is filled with 1000 bodies of 16 KiB (default 10)
  --help, -h         this text`;

const { values } = readScriptOptions('bench:budget', USAGE, {
  connections: { type: 'string', default: '20000' },
  sessions: { type: 'string', default: '20' },
  journaled: { type: 'string', default: '10' },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:budget does)');

const settingsDefaults: SettingsDefaults = {
  VNC: { host: '', quality: 'auto', view_only: false, scaling: 'fit' },
  RDP: { host: '', resolution: 'auto', color_depth: 32, sound: 'local', admin_session: false },
  NEAR: { quality: 'auto', curtain_on_connect: false, sound: true, clipboard_sync: true },
};
const groups = Array.from({ length: 200 }, (_, i) => ({
  group_uid: `AAAA-${i.toString(16).padStart(4, '0').toUpperCase()}`,
  name: `Group ${i}`,
}));
const baseline: Fixture = {
  groups,
  connections: Array.from({ length: Number(values.connections) }, (_, i) => ({
    uid: `C${(i >> 16).toString(16).padStart(3, '0')}-${(i & 0xffff).toString(16).padStart(4, '0')}`.toUpperCase(),
    name: `Connection ${i}`,
    category_uid: groups[i % groups.length]!.group_uid,
    protocol: 'RDP' as const,
    credentials: { 'rdp.username': `user${i}`, 'rdp.password': `Password-${i}` },
  })),
  computers: [],
  nearby: [],
};

const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const sessions = new MockSessions({
  baseline,
  settingsDefaults,
  journalLimit: 1000,
  idleMs: 3_600_000,
  maxSessions: 100_000,
  memoryBudget: 2 ** 40,
});
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const before = heap();
const counted0 = sessions.bytes();
for (let i = 0; i < Number(values.sessions); i++) sessions.get(`fork-${i}`);
const afterForks = heap();
console.log(
  `${values.sessions} sessions forked from ${values.connections} connections: budget counts ${mib(sessions.bytes() - counted0)}, heap grew ${mib(afterForks - before)} (they share the fixtures)`,
);

const changed = Math.min(1000, Number(values.connections));
const counted2 = sessions.bytes();
for (let s = 0; s < Number(values.sessions); s++) {
  const context = sessions.get(`fork-${s}`);
  for (let i = 0; i < changed; i++) context.store.updateConnection(baseline.connections[i]!.uid, { name: `Renamed ${s}/${i}` });
  context.noteWrite(changed * 64);
  context.measure();
}
const afterWrites = heap();
const writes = sessions.bytes() - counted2;
console.log(
  `${values.sessions} sessions renaming ${changed} connections each: budget counts ${mib(writes)}, heap grew ${mib(afterWrites - afterForks)}: ${((afterWrites - afterForks) / writes).toFixed(2)}x`,
);

const body = { name: 'x'.repeat(16 * 1024 - 16) };
const counted1 = sessions.bytes();
for (let s = 0; s < Number(values.journaled); s++) {
  const context = sessions.get(`fork-${s}`);
  for (let i = 0; i < 1000; i++) {
    const entry = {
      timeMs: i,
      method: 'PUT',
      path: '/group/',
      status: 400,
      durationMs: 1,
      body: JSON.parse(JSON.stringify(body)),
      fault: undefined,
    };
    context.requests.record(entry);
  }
}
const afterJournals = heap();
const journals = sessions.bytes() - counted1;
console.log(
  `${values.journaled} journals of 1000 bodies of 16 KiB: budget counts ${mib(journals)}, heap grew ${mib(afterJournals - afterWrites)}: ${((afterJournals - afterWrites) / journals).toFixed(2)}x`,
);
