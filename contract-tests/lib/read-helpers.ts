/** Tolerant readers of list bodies: a target whose shapes differ yields fewer ids, never an exception. */

type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The array in `{key: [...]}`, or the body itself when it is a bare array. */
export function listIn(body: unknown, key: string): Json[] {
  const list = Array.isArray(body) ? body : asObject(body)?.[key];
  return Array.isArray(list) ? list.filter((item): item is Json => asObject(item) !== undefined) : [];
}

export function idsIn(body: unknown, key: string, idKey: string): string[] {
  return listIn(body, key)
    .map((item) => item[idKey])
    .filter((id): id is string => typeof id === 'string');
}

export function findIn(body: unknown, key: string, idKey: string, id: string): Json | undefined {
  return listIn(body, key).find((item) => item[idKey] === id);
}

/** `RDP_3390` → `RDP`; undefined for a type the kit does not know. */
export function connectionType(connection: string): 'NEAR' | 'VNC' | 'RDP' | undefined {
  return /^(NEAR|VNC|RDP)(_\d+)?$/.exec(connection)?.[1] as 'NEAR' | 'VNC' | 'RDP' | undefined;
}
