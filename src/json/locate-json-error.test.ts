import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonError, locateJsonError } from './locate-json-error.js';

describe('locateJsonError', () => {
  it.each([
    [
      '{"rdp.password":Hunter2-Secret}',
      { byte: 16, line: 1, column: 17, pointer: '/rdp.password', reason: 'expected a value, found a letter' },
    ],
    ['Hunter2-Secret', { byte: 0, pointer: '', reason: 'expected a value, found a letter' }],
    ['{"a":1,}', { byte: 7, pointer: '', reason: "expected a property name in double quotes, found '}'" }],
    ['[1,2,]', { byte: 5, pointer: '/2', reason: "expected a value, found ']'" }],
    ['{"a":[{"b":tru}]}', { byte: 11, pointer: '/a/0/b', reason: 'an invalid literal (true, false and null are the only ones)' }],
    ['{\n  "x": "Hunter2\n"}', { line: 2, column: 16, pointer: '/x', reason: 'a control character inside a string (it must be escaped)' }],
    ['{"x": "Hunter2', { byte: 14, pointer: '/x', reason: 'the text ends inside a string' }],
    ['{"x" "y"}', { byte: 5, pointer: '', reason: "expected ':' after a property name, found '\"'" }],
    ['{"x": 01}', { byte: 6, pointer: '/x', reason: 'an invalid number' }],
    ['{"x": "\\q"}', { byte: 7, pointer: '/x', reason: 'an invalid escape in a string' }],
    ['{"é": x}', { byte: 7, column: 7, pointer: '/é' }],
    ['{"a/b~c": x}', { pointer: '/a~1b~0c' }],
    ['{} x', { byte: 3, reason: 'expected the end of the document, found a letter' }],
    ['', { byte: 0, reason: 'the text ends where a value was expected' }],
  ])('says where %j goes wrong', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toMatchObject(expected);
  });

  it('never quotes the text, only its punctuation', () => {
    const text = '{"rdp.password": Hunter2-Secret';
    expect(describeJsonError(locateJsonError(text))).not.toMatch(/Hunter|Secret/);
  });

  it('scans 10,000 brackets deep without recursion', () => {
    const location = locateJsonError(`${'['.repeat(10_000)}x`);
    expect(location?.byte).toBe(10_000);
    expect(location!.pointer.length).toBeLessThan(210);
  });

  it('finds an error exactly where JSON.parse finds one, and none where it finds none', () => {
    const pieces = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '"a"',
      '1',
      '-',
      '0',
      '.5',
      'e3',
      'true',
      'nul',
      ' ',
      '\n',
      '\\',
      'x',
      '\u0001',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === undefined).toBe(valid);
      }),
      { numRuns: 5000, seed: 14 },
    );
  });
});
