import { describe, expect, it } from 'vitest';
import { FaultSet } from './fault-set.js';
import { compilePathPattern } from './path-pattern.js';

describe('FaultSet', () => {
  it('answers the next N matching requests with the status, then lets them through', () => {
    const faults = new FaultSet();
    faults.configure({ rules: [{ method: 'PUT', path: '/connection/*', status: 503, times: 2 }] }, 0);
    expect(faults.decide('GET', '/connection/1000-0001', 0)).toEqual({ kind: 'none' });
    expect(faults.decide('PUT', '/connection/1000-0001/credentials', 0)).toEqual({ kind: 'none' });
    expect(faults.decide('PUT', '/connection/1000-0001', 0)).toEqual({ kind: 'status', status: 503 });
    expect(faults.state(0).rules[0]!.remaining).toBe(1);
    expect(faults.decide('PUT', '/connection/', 0)).toEqual({ kind: 'status', status: 503 });
    expect(faults.decide('PUT', '/connection/1000-0001', 0)).toEqual({ kind: 'none' });
  });

  it('closes connections for a close rule', () => {
    const faults = new FaultSet();
    faults.configure({ rules: [{ path: '/**', close: true }] }, 0);
    expect(faults.decide('ACTION', '/computer/1/NEAR/ft', 0)).toEqual({ kind: 'close' });
  });

  it('answers starting until its time is up, with a Retry-After', () => {
    const faults = new FaultSet();
    faults.configure({ profile: { name: 'starting', durationMs: 2500 } }, 1000);
    expect(faults.decide('GET', '/groups', 1000)).toEqual({ kind: 'starting', retryAfterSeconds: 3 });
    expect(faults.decide('GET', '/groups', 3499)).toEqual({ kind: 'starting', retryAfterSeconds: 1 });
    expect(faults.decide('GET', '/groups', 3500)).toEqual({ kind: 'none' });
    expect(faults.state(3500).profile).toBeNull();
  });

  it('keeps app-not-running until cleared when no duration is given', () => {
    const faults = new FaultSet();
    faults.configure({ profile: { name: 'app-not-running' } }, 0);
    expect(faults.decide('GET', '/groups', 10 ** 9)).toEqual({ kind: 'app-not-running' });
    faults.clear();
    expect(faults.decide('GET', '/groups', 10 ** 9)).toEqual({ kind: 'none' });
  });

  it('draws latency within its range', () => {
    const faults = new FaultSet();
    expect(faults.latency(() => 0.5)).toBe(0);
    faults.configure({ latency: { minMs: 100, maxMs: 200 } }, 0);
    expect([faults.latency(() => 0), faults.latency(() => 0.5), faults.latency(() => 0.999)]).toEqual([100, 150, 200]);
  });
});

describe('compilePathPattern', () => {
  it.each([
    ['/connection/*', '/connection/1000-0001', true],
    ['/connection/*', '/connection/1000-0001/credentials', false],
    ['/computer/**', '/computer/1/NEAR/ft', true],
    ['/group/', '/group/', true],
    ['/group/*', '/group/', true],
    ['/a.b', '/aXb', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(compilePathPattern(pattern).test(path)).toBe(expected);
  });
});
