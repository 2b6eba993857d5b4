import { describe, expect, it } from 'vitest';
import { isDerived, sameState } from './derived.js';

describe('derived values', () => {
  it.each(['item_count', 'connectionCount', 'online', 'is_online', 'updated_at', 'lastConnectedAt', 'last_seen', 'mtime', 'n_items'])(
    'takes %s for derived',
    (key) => {
      expect(isDerived(key)).toBe(true);
    },
  );

  it.each(['name', 'view_only', 'timeout', 'has_credentials', 'category_uid', 'clipboard_sync', 'color_depth'])(
    'takes %s for stored',
    (key) => {
      expect(isDerived(key)).toBe(false);
    },
  );

  it('takes an ISO time for derived whatever its key', () => {
    expect(isDerived('when', '2026-11-25T10:00:00Z')).toBe(true);
  });

  it('compares stored state regardless of key and list order, and of derived values', () => {
    expect(sameState({ a: 1, b: [2, 1], updated_at: 'x' }, { b: [1, 2], a: 1, updated_at: 'y' })).toBe(true);
    expect(sameState({ a: 1 }, { a: 2 })).toBe(false);
  });
});
