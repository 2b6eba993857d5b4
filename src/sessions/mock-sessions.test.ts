import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIXTURES } from '../package-paths.js';
import type { Fixture, SettingsDefaults } from '../store/types.js';
import { MockSessions } from './mock-sessions.js';

const settingsDefaults: SettingsDefaults = {
  VNC: { host: '', quality: 'auto', view_only: false, scaling: 'fit' },
  RDP: { host: '', resolution: 'auto', color_depth: 32, sound: 'local', admin_session: false },
  NEAR: { quality: 'auto', curtain_on_connect: false, sound: true, clipboard_sync: true },
};
const baseline = JSON.parse(readFileSync(DEFAULT_FIXTURES, 'utf8')) as Fixture;
const sessionsWith = (memoryBudget: number) =>
  new MockSessions({ baseline, settingsDefaults, journalLimit: 50, idleMs: 60_000, maxSessions: 100, memoryBudget });

/** What the sessions hold, as JSON: their data and every journal entry and open remote session. */
function jsonHeld(sessions: MockSessions, names: Array<string | null>): number {
  return names
    .map((name) => sessions.get(name))
    .reduce(
      (sum, session) =>
        sum +
        JSON.stringify(session.exportState(true)).length +
        session.requests.list().reduce((s, record) => s + JSON.stringify(record).length, 0) +
        session.store.actions.list().reduce((s, record) => s + JSON.stringify(record).length, 0) +
        session.store.actions.remoteSessions().reduce((s, remote) => s + JSON.stringify(remote).length, 0),
      0,
    );
}

describe('the memory budget', () => {
  it('counts what the sessions hold as its JSON size: never less, and not much more once measured', () => {
    const sessions = sessionsWith(1 << 30);
    const names = [null, 'a', 'b'];
    for (const name of names) {
      const session = sessions.get(name);
      for (let i = 0; i < 60; i++) {
        session.requests.record({
          timeMs: 0,
          method: 'PUT',
          path: '/group/',
          status: 200,
          durationMs: 1,
          body: { name: `g${i}` },
          fault: undefined,
        });
        session.store.createGroup(`group ${i} ${'x'.repeat(100)}`);
        session.noteWrite(120);
        session.store.connect('1000-0001', { method: 'ACTION', path: '/connection/1000-0001/connect' });
      }
    }
    const held = jsonHeld(sessions, names);
    expect(sessions.bytes()).toBeGreaterThanOrEqual(held);
    for (const name of names) sessions.get(name).measure();
    expect(sessions.bytes()).toBeGreaterThanOrEqual(held);
    expect(sessions.bytes()).toBeLessThan(held * 1.25);
  });

  it('refuses a new session that would pass it, and takes one again once another is gone', () => {
    const probe = sessionsWith(1 << 30);
    const sessions = sessionsWith(probe.default.baselineBytes * 3.5);
    sessions.get('a');
    sessions.get('b');
    expect(() => sessions.get('c')).toThrow(expect.objectContaining({ kind: 'memory-budget' }));
    sessions.drop('a');
    expect(sessions.get('c').name).toBe('c');
  });

  it('refuses to start with fixtures larger than the whole budget', () => {
    expect(() => sessionsWith(1000)).toThrow(/the fixtures take \d+ bytes, more than the memory budget of 1000/);
  });
});
