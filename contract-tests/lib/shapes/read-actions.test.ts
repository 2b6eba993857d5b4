import { describe, expect, it } from 'vitest';
import { actionsAt, readActions } from './read-actions.js';

describe('readActions', () => {
  it.each([
    ['tails of ACTION paths', { actions: ['chat', 'NEAR/control', 'RDP_3390/control'] }, ['chat', 'NEAR/control', 'RDP_3390/control']],
    ['whole ACTION paths in a bare array', ['/computer/a3f9/NEAR/observe', '/computer/a3f9/chat'], ['NEAR/observe', 'chat']],
    [
      'objects',
      {
        items: [
          { connection: 'NEAR', action: 'ft' },
          { connection: null, action: 'chat' },
        ],
      },
      ['NEAR/ft', 'chat'],
    ],
    [
      'a list per connection',
      { NEAR: ['control', 'curtain'], VNC_5901: ['control'], computer: ['chat'] },
      ['NEAR/control', 'NEAR/curtain', 'VNC_5901/control', 'chat'],
    ],
    ['objects with a list', [{ connection: 'RDP', actions: ['control'] }], ['RDP/control']],
    ['flags', { chat: true, NEAR: { observe: true, ft: false } }, ['chat', 'NEAR/observe']],
  ])('reads %s', (_, body, actions) => {
    expect(readActions(body)?.actions.sort()).toEqual([...actions].sort());
  });

  it('tells VNC from VNC_5901 by the connections the computer has, when an entry names a type and a port', () => {
    expect(readActions([{ type: 'VNC', port: 5901, action: 'control' }], ['VNC_5901'])?.actions).toEqual(['VNC_5901/control']);
    expect(readActions([{ type: 'VNC', port: 5900, action: 'control' }], ['VNC'])?.actions).toEqual(['VNC/control']);
  });

  it('says an empty list is empty, and an answer it cannot read is unread (never "no actions")', () => {
    expect(readActions({ actions: [] })).toEqual({ actions: [], form: 'empty', empty: true });
    expect(readActions({ offered: 'see the app' })).toBeUndefined();
    expect(readActions('chat')).toBeUndefined();
  });
});

describe('actionsAt', () => {
  it('finds the list at the root, under the one key of an object, or a map by connection at the root', () => {
    expect(actionsAt(['VNC/control', 'chat'])).toBe('');
    expect(actionsAt({ data: [{ connection: 'VNC', action: 'control' }] })).toBe('/data');
    expect(actionsAt({ VNC: ['control'], computer: ['chat'] })).toBe('');
    expect(actionsAt({ data: [], total: 0 })).toBeNull();
    expect(actionsAt('chat')).toBeNull();
  });
});
