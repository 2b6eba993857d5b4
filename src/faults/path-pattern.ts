/**
 * A path pattern as users write them in fault rules and journal filters: `*` stands for one path segment
 * or part of one, `**` for anything. `/connection/*` matches `/connection/1000-0001`, not
 * `/connection/1000-0001/credentials`.
 */
export function compilePathPattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('**', i)) {
      source += '.*';
      i++;
    } else if (pattern[i] === '*') {
      source += '[^/]*';
    } else {
      source += pattern[i]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}
