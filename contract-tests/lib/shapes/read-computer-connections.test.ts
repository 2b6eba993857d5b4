import { describe, expect, it } from 'vitest';
import { readComputerConnections, settingsIn } from './read-computer-connections.js';

const candidates = (body: unknown) => readComputerConnections(body)?.entries.map((e) => e.candidates);

describe('readComputerConnections', () => {
  it.each([
    ['objects with the id under a key', { connections: [{ connection: 'RDP_3390', type: 'RDP', port: 3390 }] }, [['RDP_3390', 'RDP']]],
    ['strings', ['VNC', 'NEAR_5950'], [['VNC'], ['NEAR_5950']]],
    ['a type and a port', { items: [{ connection_type: 'VNC', port: 5901 }] }, [['VNC_5901', 'VNC']]],
    ['their own paths', [{ path: '/computer/7/RDP_3390', has_credentials: true }], [['RDP_3390']]],
    ['an object keyed by connection', { VNC: { port: null }, RDP_3390: {} }, [['VNC'], ['RDP_3390']]],
  ])('reads %s', (_, body, expected) => {
    expect(candidates(body)).toEqual(expected);
  });

  it('reads nothing from an answer without a list', () => {
    expect(readComputerConnections({ note: 'none' })).toBeUndefined();
  });
});

describe('settingsIn', () => {
  it('finds settings wrapped beside the connection they belong to, or alone under one key, or the body itself', () => {
    expect(settingsIn({ connection: 'VNC', type: 'VNC', port: null, settings: { view_only: false } })).toEqual({
      at: '/settings',
      settings: { view_only: false },
    });
    expect(settingsIn({ settings: { q: 2 } })).toEqual({ at: '/settings', settings: { q: 2 } });
    expect(settingsIn({ quality: 'high', display: { index: 0 } })).toEqual({
      at: '',
      settings: { quality: 'high', display: { index: 0 } },
    });
  });
});
