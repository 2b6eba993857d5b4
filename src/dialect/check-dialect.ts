import { createIdGenerator } from '../store/create-id-generator.js';
import type { Dialect } from './dialect.js';
import { DialectProblem } from './dialect-error.js';

/**
 * What a schema cannot say about a (merged) dialect: its patterns are regular expressions, the ids it makes
 * match its own patterns, integer ids are digits, and the group that receives a deleted group's items has
 * a uid of the group shape. Throws a DialectProblem naming the first entry that does not fit.
 */
export function checkDialect(dialect: Dialect): void {
  for (const kind of ['group', 'connection', 'computer'] as const) {
    const shape = dialect.ids[kind];
    const pattern = compile(shape.pattern, `/ids/${kind}/pattern`);
    if (kind === 'computer') continue;
    const spec = dialect.ids[kind].new;
    const seeded = createIdGenerator(sampleBytes(), spec);
    for (let i = 0; i < 20; i++) {
      const id = seeded();
      if (!pattern.test(id)) throw new DialectProblem(`/ids/${kind}/new`, `makes ${id}, which does not match /ids/${kind}/pattern`);
      if (shape.type === 'integer' && !/^\d{1,15}$/.test(id))
        throw new DialectProblem(`/ids/${kind}/new`, `makes ${id}, which is not an integer`);
    }
  }
  const { moveTo, deleteNonEmpty } = dialect.groups;
  if (deleteNonEmpty === 'move' && moveTo !== null && !new RegExp(dialect.ids.group.pattern, 'u').test(moveTo)) {
    throw new DialectProblem('/groups/moveTo', `${moveTo} does not match /ids/group/pattern`);
  }
  for (const [type, format] of Object.entries(dialect.settings.types)) {
    for (const [key, setting] of Object.entries(format.keys)) {
      if (format.credentials.includes(key))
        throw new DialectProblem(`/settings/types/${type}/credentials`, `names ${key}, which is a setting`);
      const pattern = (setting.schema as { pattern?: unknown }).pattern;
      if (typeof pattern === 'string') compile(pattern, `/settings/types/${type}/keys/${key}/schema/pattern`);
    }
  }
}

function compile(pattern: string, pointer: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch (error) {
    throw new DialectProblem(pointer, `is not a regular expression: ${(error as Error).message}`);
  }
}

/** A fixed stream of bytes: the check draws the same sample ids every time. */
function sampleBytes(): (count: number) => Uint8Array {
  let state = 0x2545f491;
  return (count) => {
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      bytes[i] = state >>> 24;
    }
    return bytes;
  };
}
