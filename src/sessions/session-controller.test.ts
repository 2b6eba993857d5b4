import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FaultSet } from '../faults/fault-set.js';
import { DEFAULT_FIXTURES } from '../package-paths.js';
import type { Fixture, SettingsDefaults } from '../store/types.js';
import { MockSessions } from './mock-sessions.js';
import { SessionController } from './session-controller.js';

const settingsDefaults: SettingsDefaults = {
  VNC: { host: '', quality: 'auto', view_only: false, scaling: 'fit' },
  RDP: { host: '', resolution: 'auto', color_depth: 32, sound: 'local', admin_session: false },
  NEAR: { quality: 'auto', curtain_on_connect: false, sound: true, clipboard_sync: true },
};
const baseline = JSON.parse(readFileSync(DEFAULT_FIXTURES, 'utf8')) as Fixture;

function controllerWith(defaultFaults?: ConstructorParameters<typeof MockSessions>[0]['defaultFaults']) {
  const sessions = new MockSessions({
    baseline,
    settingsDefaults,
    journalLimit: 50,
    idleMs: 60_000,
    maxSessions: 10,
    memoryBudget: 1e9,
    defaultFaults,
  });
  const checked: string[] = [];
  const controller = new SessionController(sessions, (data, source) => {
    checked.push(source);
    return data as Fixture;
  });
  return { sessions, controller, checked };
}

const profileOf = (faults: FaultSet) => faults.state(Date.now()).profile?.name ?? null;

describe('SessionController', () => {
  it('tells a subscriber the default session’s faults at once, then after each change, until it unsubscribes', () => {
    const { sessions, controller } = controllerWith({ profile: { name: 'app-not-running' } });
    const seen: Array<string | null> = [];
    const unsubscribe = controller.onDefaultFaults((faults) => seen.push(profileOf(faults)));
    controller.clearFaults(sessions.default);
    controller.setFaults(sessions.default, { profile: { name: 'starting' } });
    controller.reset(sessions.default);
    unsubscribe();
    controller.setFaults(sessions.default, { profile: { name: 'starting' } });
    expect(seen).toEqual(['app-not-running', null, 'starting', null]);
  });

  it('does not tell it about a named session’s faults', () => {
    const { sessions, controller } = controllerWith();
    const seen: Array<string | null> = [];
    controller.onDefaultFaults((faults) => seen.push(profileOf(faults)));
    controller.setFaults(sessions.get('other'), { profile: { name: 'app-not-running' } });
    controller.reset(sessions.get('other'));
    expect(seen).toEqual([null]);
    expect(profileOf(sessions.default.faults)).toBeNull();
  });

  it('checks every fixture it is given, naming where it comes from, and none when resetting to the baseline', () => {
    const { sessions, controller, checked } = controllerWith();
    controller.reset(sessions.default);
    controller.reset(sessions.default, baseline, 'the request body');
    controller.importState(sessions.default, baseline, 'the fixture option');
    expect(checked).toEqual(['the request body', 'the fixture option']);
  });
});
