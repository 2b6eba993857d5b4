/** Where JSON text stops being JSON, and what was wrong there, in words that never quote the text. */
export interface JsonErrorLocation {
  /** UTF-8 bytes before the error. */
  byte: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count). */
  column: number;
  /** JSON Pointer of the value being read there ('' for the document itself); keys only, never values. */
  pointer: string;
  /** e.g. `expected a value, found a letter` */
  reason: string;
}

interface Frame {
  kind: 'object' | 'array';
  /** The member's key, or the item's index, while its value is read. */
  at: string | undefined;
  /** A property name read, whose ':' has not come yet. */
  key?: string;
  items: number;
}

type Expect = 'value' | 'item-or-close' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close' | 'end';

const EXPECTED: Record<Expect, string> = {
  value: 'a value',
  'item-or-close': "a value or ']'",
  'key-or-close': "a property name in double quotes or '}'",
  key: 'a property name in double quotes',
  colon: "':' after a property name",
  'comma-or-close': "',' or the end of the object or array",
  end: 'the end of the document',
};

type Scan = number | { at: number; reason: string };

/**
 * Scans `text`, which `JSON.parse` refused, as RFC 8259 JSON, without recursion (10,000 brackets deep is
 * fine), and says where the first error is. Undefined if it finds none: it accepts exactly what
 * `JSON.parse` accepts, so only on a bug.
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const stack: Frame[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (at: number, reason: string) => locationOf(text, at, stack, reason);
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return expect === 'end' ? undefined : fail(i, `the text ends where ${EXPECTED[expect]} was expected`);
    const ch = text[i]!;
    const frame = stack[stack.length - 1]!;
    if (expect === 'end') return fail(i, `expected the end of the document, found ${describe(ch)}`);
    if ((expect === 'item-or-close' && ch === ']') || (expect === 'key-or-close' && ch === '}')) {
      stack.pop();
      i++;
      expect = afterValue(stack);
    } else if (expect === 'comma-or-close') {
      const close = frame.kind === 'object' ? '}' : ']';
      if (ch !== ',' && ch !== close) return fail(i, `expected ',' or '${close}', found ${describe(ch)}`);
      i++;
      if (ch === close) {
        stack.pop();
        expect = afterValue(stack);
      } else expect = frame.kind === 'object' ? 'key' : 'value';
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (ch !== '"') return fail(i, `expected ${EXPECTED[expect]}, found ${describe(ch)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.reason);
      frame.key = JSON.parse(text.slice(i, end)) as string;
      i = end;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (ch !== ':') return fail(i, `expected ':' after a property name, found ${describe(ch)}`);
      frame.at = frame.key;
      i++;
      expect = 'value';
    } else {
      if (frame?.kind === 'array') frame.at = String(frame.items++);
      if (ch === '{' || ch === '[') {
        stack.push({ kind: ch === '{' ? 'object' : 'array', at: undefined, items: 0 });
        i++;
        expect = ch === '{' ? 'key-or-close' : 'item-or-close';
        continue;
      }
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return fail(end.at, end.reason);
      i = end;
      expect = afterValue(stack);
    }
  }
}

/** Once a value is read: its container's next ',' or end, or the document's end. */
function afterValue(stack: Frame[]): Expect {
  const frame = stack[stack.length - 1];
  if (!frame) return 'end';
  frame.at = undefined;
  return 'comma-or-close';
}

function scanScalar(text: string, i: number): Scan {
  const ch = text[i]!;
  if (ch === '"') return scanString(text, i);
  if (ch === '-' || (ch >= '0' && ch <= '9')) {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    const end = match ? i + match[0].length : i;
    if (!match || /[0-9.eE+-]/.test(text[end] ?? '')) return { at: i, reason: 'an invalid number' };
    return end;
  }
  for (const literal of ['true', 'false', 'null']) {
    if (literal[0] !== ch) continue;
    if (text.startsWith(literal, i)) return i + literal.length;
    const rest = text.slice(i, i + literal.length);
    if (literal.startsWith(rest)) return { at: text.length, reason: `the text ends inside ${literal}` };
    return { at: i, reason: 'an invalid literal (true, false and null are the only ones)' };
  }
  return { at: i, reason: `expected a value, found ${describe(ch)}` };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** From the opening quote; returns the index after the closing one. */
function scanString(text: string, start: number): Scan {
  let j = start + 1;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return { at: j, reason: 'a control character inside a string (it must be escaped)' };
    if (code === 0x5c) {
      const escaped = text[j + 1];
      if (escaped === undefined) break;
      if (escaped === 'u') {
        if (!HEX4.test(text.slice(j + 2, j + 6))) return { at: j, reason: 'an invalid \\u escape in a string' };
        j += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escaped)) return { at: j, reason: 'an invalid escape in a string' };
      j += 2;
      continue;
    }
    j++;
  }
  return { at: text.length, reason: 'the text ends inside a string' };
}

/** The kind of a character, never the character itself (but for JSON's own punctuation). */
function describe(ch: string): string {
  if ('{}[],:"'.includes(ch)) return `'${ch}'`;
  if (/[A-Za-z]/.test(ch)) return 'a letter';
  if (/[0-9]/.test(ch)) return 'a digit';
  if (ch.charCodeAt(0) < 0x20) return 'a control character';
  return 'another character';
}

function locationOf(text: string, at: number, stack: readonly Frame[], reason: string): JsonErrorLocation {
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let k = before.indexOf('\n'); k >= 0; k = before.indexOf('\n', k + 1)) line++;
  const segments = stack.filter((frame) => frame.at !== undefined).map((frame) => frame.at!.replaceAll('~', '~0').replaceAll('/', '~1'));
  let pointer = segments.length > 0 ? `/${segments.join('/')}` : '';
  if (pointer.length > MAX_POINTER) pointer = `${pointer.slice(0, MAX_POINTER)}…`;
  return { byte: Buffer.byteLength(before), line, column: at - lineStart + 1, pointer, reason };
}

const MAX_POINTER = 200;

/** One sentence for a message: `at byte 16 (line 1, column 17): expected a value, found a letter`. */
export function describeJsonError(location: JsonErrorLocation | undefined): string {
  if (!location) return 'is not valid JSON';
  const { byte, line, column, reason } = location;
  return `is not valid JSON at byte ${byte} (line ${line}, column ${column}): ${reason}`;
}
