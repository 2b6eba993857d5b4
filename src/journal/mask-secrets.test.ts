import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { API_DOCUMENT } from '../package-paths.js';
import { maskSecrets, NON_SECRET_KEYS } from './mask-secrets.js';

describe('maskSecrets', () => {
  it('masks the passwords of every protocol and keeps the usernames, domains and other fields', () => {
    expect(
      maskSecrets({ 'rxp.username': 'u', 'rxp.password': 'p', 'rdp.password': 'q', 'apple.password': 'r', 'rdp.domain': 'D', name: 'n' }),
    ).toEqual({ 'rxp.username': 'u', 'rxp.password': '***', 'rdp.password': '***', 'apple.password': '***', 'rdp.domain': 'D', name: 'n' });
  });

  it.each([
    'rdp.passwd',
    'rdp.pwd',
    'rdp.pass',
    'rdp.password2',
    'apple.passw0rd',
    'RDP.PASSWORD',
    'rdp.username2',
    'Name',
    'pin',
    'x',
    '',
  ])('masks the value of %j, a key not known to be harmless', (key) => {
    expect(maskSecrets({ [key]: 'Hunter2-Secret' })).toEqual({ [key]: '***' });
    expect(maskSecrets({ [key]: 12345678 })).toEqual({ [key]: '***' });
    expect(maskSecrets({ [key]: ['Hunter2-Secret', true] })).toEqual({ [key]: ['***', '***'] });
  });

  it('masks a body that is only a value, and the items of a bare array', () => {
    expect(maskSecrets('Hunter2-Secret')).toBe('***');
    expect(maskSecrets(42)).toBe('***');
    expect(maskSecrets(['Hunter2-Secret', { name: 'n' }])).toEqual(['***', { name: 'n' }]);
  });

  it('masks nested values, whatever their parent, and leaves null visible as null', () => {
    expect(maskSecrets({ a: [{ token: 't' }], b: { password: null }, name: { 'rdp.pwd': 'x' } })).toEqual({
      a: [{ token: '***' }],
      b: { password: null },
      name: { 'rdp.pwd': '***' },
    });
  });

  it('copies a __proto__ key as data without touching any prototype', () => {
    const masked = maskSecrets(JSON.parse('{"__proto__": {"password": "x"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(masked, '__proto__')?.value).toEqual({ password: '***' });
  });
});

describe('the keys known not to be secret', () => {
  const schemas = parse(readFileSync(API_DOCUMENT, 'utf8')).components.schemas as Record<string, Schema>;
  const fields = new Map<string, Schema>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (name.startsWith('Problem')) continue;
    for (const [key, property] of Object.entries(schema.properties ?? {})) fields.set(key, property);
  }
  const isSecretSchema = (schema: Schema): boolean =>
    schema.$ref === '#/components/schemas/Secret' || (schema.oneOf ?? []).some(isSecretSchema);
  const isContainer = (schema: Schema) => schema.type === 'array' || schema.type === 'object';

  it('are every scalar field of the API document that is not a credential, and the usernames and domains', () => {
    const expected = [...fields]
      .filter(([key, schema]) => !isContainer(schema) && (!isSecretSchema(schema) || /(?:^|\.)(?:username|domain)$/.test(key)))
      .map(([key]) => key);
    expect([...NON_SECRET_KEYS].sort()).toEqual(expected.sort());
  });

  it('leave out every password the document knows', () => {
    const passwords = [...fields.keys()].filter((key) => key.endsWith('password'));
    expect(passwords.length).toBeGreaterThanOrEqual(4);
    for (const key of passwords) expect(NON_SECRET_KEYS.has(key), key).toBe(false);
  });
});

interface Schema {
  $ref?: string;
  type?: string;
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
}

describe('maskSecrets on hostile depth', () => {
  it('cuts a body nested 10,000 deep instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    let masked = maskSecrets(deep) as unknown;
    for (let depth = 0; depth < 32; depth++) masked = (masked as unknown[])[0];
    expect(masked).toBe('[nested deeper than 32 levels]');
  });
});
