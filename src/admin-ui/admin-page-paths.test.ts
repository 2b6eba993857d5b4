import { describe, expect, it } from 'vitest';
import { isAdminPagePath } from './admin-page-paths.js';

describe('isAdminPagePath', () => {
  it('knows the pages and their files', () => {
    for (const path of ['/__admin', '/__admin/', '/__admin/docs', '/__admin/docs/admin.yaml', '/__admin/ui/dashboard.js'])
      expect(isAdminPagePath(path), path).toBe(true);
  });

  it('knows none of the admin API’s own paths, nor anything deeper', () => {
    const others = [
      '/__admin/actions',
      '/__adminx',
      '/__admin/state',
      '/__admin/docsx',
      '/__admin/ui/',
      '/__admin/ui/a/b',
      '/__admin/docs/a/b',
      '/groups',
    ];
    expect(others.filter(isAdminPagePath)).toEqual([]);
  });
});
