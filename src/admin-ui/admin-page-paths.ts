/**
 * The paths of the admin pages and the files they load (`/__admin`, which redirects to `/__admin/`, `/__admin/docs`,
 * `/__admin/docs/{document}`, `/__admin/ui/{asset}`). They hold no state, as the pages read it from the
 * admin API, so a browser could load them without `--admin-token`'s token and let the page ask for it.
 */
export function isAdminPagePath(path: string): boolean {
  return /^\/__admin(?:\/(?:docs(?:\/[^/]+)?|ui\/[^/]+)?)?$/.test(path);
}
