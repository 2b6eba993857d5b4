import { describe, expect, it } from 'vitest';
import { parseFaultFlags } from './parse-fault-flags.js';

describe('parseFaultFlags', () => {
  it('reads latency, rules and a profile', () => {
    expect(parseFaultFlags({ latency: '50-200', faults: ['PUT /connection/*=503x2', '/groups=close'], profile: 'starting:3000' })).toEqual({
      latency: { minMs: 50, maxMs: 200 },
      rules: [
        { method: 'PUT', path: '/connection/*', status: 503, times: 2 },
        { path: '/groups', close: true },
      ],
      profile: { name: 'starting', durationMs: 3000 },
    });
  });

  it('takes a fixed latency and a profile without a duration', () => {
    expect(parseFaultFlags({ latency: '100', profile: 'app-not-running' })).toEqual({
      latency: { minMs: 100, maxMs: 100 },
      profile: { name: 'app-not-running' },
    });
  });

  it('gives nothing for no flags', () => {
    expect(parseFaultFlags({ faults: [] })).toBeUndefined();
  });

  it.each([
    [{ latency: '200-50' }, /MIN must not exceed MAX/],
    [{ latency: 'fast' }, /--latency takes/],
    [{ faults: ['PUT /x=200'] }, /status must be from 400 to 599/],
    [{ faults: ['put /x=500'] }, /--fault takes/],
    [{ profile: 'sleeping' }, /--profile takes/],
  ])('refuses %j', (flags, message) => {
    expect(() => parseFaultFlags(flags)).toThrow(message);
  });
});
