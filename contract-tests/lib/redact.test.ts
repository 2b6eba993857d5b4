import { describe, expect, it } from 'vitest';
import { redact, redactText } from './redact.js';

describe('redact', () => {
  it('hides credential values at any depth and keeps everything else', () => {
    expect(redact({ name: 'x', 'rdp.password': 'p', nested: [{ username: 'u', domain: 'd', quality: 'low' }] })).toEqual({
      name: 'x',
      'rdp.password': '[redacted]',
      nested: [{ username: '[redacted]', domain: '[redacted]', quality: 'low' }],
    });
  });

  it('hides them in raw JSON text too', () => {
    expect(redactText('{"apple.password":"s3\\"cret","name":"n"}')).toBe('{"apple.password":"[redacted]","name":"n"}');
  });
});
