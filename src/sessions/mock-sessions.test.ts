import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIXTURES } from '../package-paths.js';
import { SETTINGS_DEFAULTS } from '../store/testing/settings-defaults.js';
import type { Fixture } from '../store/types.js';
import { MockSessions } from './mock-sessions.js';

const settingsDefaults = SETTINGS_DEFAULTS;
const baseline = JSON.parse(readFileSync(DEFAULT_FIXTURES, 'utf8')) as Fixture;
const sessionsWith = (memoryBudget: number) =>
  new MockSessions({ baseline, settingsDefaults, journalLimit: 50, idleMs: 60_000, maxSessions: 100, memoryBudget });

const json = (value: unknown) => JSON.stringify(value).length;

/**
 * What the sessions hold, as JSON: the fixtures once (they are shared), what each session's data adds to
 * them (these sessions only add), and every journal entry and open remote session.
 */
function jsonHeld(sessions: MockSessions, names: Array<string | null>): number {
  return names
    .map((name) => sessions.get(name))
    .reduce(
      (sum, session) =>
        sum +
        json(session.exportState(true)) -
        sessions.baselineBytes +
        session.requests.list().reduce((s, record) => s + json(record), 0) +
        session.store.actions.list().reduce((s, record) => s + json(record), 0) +
        session.store.actions.remoteSessions().reduce((s, remote) => s + json(remote), 0),
      sessions.baselineBytes,
    );
}

/** Adds `count` groups with long names to the session, as accepted writes do. */
function grow(sessions: MockSessions, name: string | null, count: number): void {
  const context = sessions.get(name);
  for (let i = 0; i < count; i++) {
    context.store.createGroup(`group ${i} ${'x'.repeat(300)}`);
    context.noteWrite(320);
  }
}

describe('the memory budget', () => {
  it('counts the shared fixtures once and what each session added as its JSON size: never less, and not much more once measured', () => {
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

  it('counts nothing for a session that changed nothing, however many there are', () => {
    const sessions = sessionsWith(1 << 30);
    const before = sessions.bytes();
    for (let i = 0; i < 100; i++) sessions.get(`idle-${i}`);
    expect(sessions.bytes()).toBe(before);
    expect(before).toBe(sessions.baselineBytes);
  });

  it('counts what a session changed in a record of the fixtures, and nothing once it is reset', () => {
    const sessions = sessionsWith(1 << 30);
    const context = sessions.get('a');
    context.store.renameGroup('A1B2-C3D4', 'y'.repeat(5000));
    context.noteWrite(5020);
    context.measure();
    expect(sessions.bytes() - sessions.baselineBytes).toBeGreaterThan(5000);
    context.reset();
    expect(sessions.bytes()).toBe(sessions.baselineBytes);
  });

  it('refuses a new session once what the sessions changed reaches it, and takes one again once another is gone', () => {
    const probe = sessionsWith(1 << 30);
    const sessions = sessionsWith(probe.baselineBytes + 15_000);
    grow(sessions, 'a', 25);
    expect(sessions.get('b').name).toBe('b');
    grow(sessions, 'b', 25);
    expect(() => sessions.get('c')).toThrow(expect.objectContaining({ kind: 'memory-budget' }));
    sessions.drop('a');
    expect(sessions.get('c').name).toBe('c');
  });

  it('refuses to start with fixtures larger than the whole budget', () => {
    expect(() => sessionsWith(1000)).toThrow(/the fixtures take \d+ bytes, more than the memory budget of 1000/);
  });
});
