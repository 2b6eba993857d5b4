/**
 * For a dialect with tolerant paths: `/groups/` is `/groups`, and `/group` is the create path `/group/`.
 * `paths` are the document's path templates; only those ending in `/` keep their slash.
 */
export function createPathNormalizer(paths: readonly string[]): (path: string) => string {
  const slashed = new Set(paths.filter((path) => path.endsWith('/')));
  return (path) => {
    if (slashed.has(`${path}/`)) return `${path}/`;
    return path.length > 1 && path.endsWith('/') && !slashed.has(path) ? path.slice(0, -1) : path;
  };
}
