import { describe, expect, it } from 'vitest';
import { replaceSecrets } from './replace-secrets.js';

describe('replaceSecrets', () => {
  it('replaces every password with a placeholder of its own, and keeps usernames and domains', () => {
    const fixture = {
      groups: [],
      connections: [{ uid: 'a', credentials: { 'rdp.username': 'ann', 'rdp.password': 'one', 'rdp.domain': 'LAB' } }],
      computers: [
        {
          computer_id: '1',
          connections: {
            VNC: { settings: { view_password: 'two', quality: 'high' }, credentials: { username: 'bob', password: 'three', pin: '4444' } },
          },
        },
      ],
      nearby: [],
    };
    expect(replaceSecrets(fixture)).toBe(4);
    const text = JSON.stringify(fixture);
    for (const secret of ['"one"', '"two"', '"three"', '"4444"']) expect(text).not.toContain(secret);
    expect(fixture.connections[0]!.credentials).toMatchObject({ 'rdp.username': 'ann', 'rdp.domain': 'LAB' });
    const vnc = fixture.computers[0]!.connections.VNC;
    expect(vnc.credentials.username).toBe('bob');
    expect(vnc.settings.quality).toBe('high');
    const placeholders = [fixture.connections[0]!.credentials['rdp.password'], vnc.credentials.password, vnc.credentials.pin];
    expect(new Set(placeholders).size).toBe(3);
    for (const value of placeholders) expect(value).toMatch(/^placeholder-[0-9a-f]{12}$/);
  });
});
