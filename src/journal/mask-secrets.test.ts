import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets.js';

describe('maskSecrets', () => {
  it('masks the passwords of every protocol and keeps the rest', () => {
    expect(
      maskSecrets({ 'rxp.username': 'u', 'rxp.password': 'p', 'rdp.password': 'q', 'apple.password': 'r', password: 's', name: 'n' }),
    ).toEqual({
      'rxp.username': 'u',
      'rxp.password': '***',
      'rdp.password': '***',
      'apple.password': '***',
      password: '***',
      name: 'n',
    });
  });

  it('masks nested values and leaves null passwords visible as null', () => {
    expect(maskSecrets({ a: [{ token: 't' }], b: { password: null } })).toEqual({ a: [{ token: '***' }], b: { password: null } });
  });

  it('copies a __proto__ key as data without touching any prototype', () => {
    const masked = maskSecrets(JSON.parse('{"__proto__": {"password": "x"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(masked, '__proto__')?.value).toEqual({ password: '***' });
  });
});

describe('maskSecrets on hostile depth', () => {
  it('cuts a body nested 10,000 deep instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    let masked = maskSecrets(deep) as unknown;
    for (let depth = 0; depth < 32; depth++) masked = (masked as unknown[])[0];
    expect(masked).toBe('[nested deeper than 32 levels]');
  });
});
