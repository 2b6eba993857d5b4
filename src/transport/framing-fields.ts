import { createFramingError, type FramingError } from './framing-error.js';

/** Header fields that influence framing. */
export const FIELD_CONTENT_LENGTH = 1;
export const FIELD_TRANSFER_ENCODING = 2;
export const FIELD_UPGRADE = 3;

const CONTENT_LENGTH = Buffer.from('content-length');
const TRANSFER_ENCODING = Buffer.from('transfer-encoding');
const UPGRADE = Buffer.from('upgrade');

/** 1 for bytes a framing-relevant field name can start with (c, t, u in either case). */
export const FIELD_FIRST_BYTE = new Uint8Array(256);
for (const letter of 'ctu') {
  FIELD_FIRST_BYTE[letter.charCodeAt(0)] = 1;
  FIELD_FIRST_BYTE[letter.toUpperCase().charCodeAt(0)] = 1;
}

function candidate(length: number): [number, Buffer] | null {
  if (length === 14) return [FIELD_CONTENT_LENGTH, CONTENT_LENGTH];
  if (length === 17) return [FIELD_TRANSFER_ENCODING, TRANSFER_ENCODING];
  if (length === 7) return [FIELD_UPGRADE, UPGRADE];
  return null;
}

/** Which framing field the name in chunk[start, end) is (case-insensitive), or 0. */
export function fieldOfBytes(chunk: Buffer, start: number, end: number): number {
  const match = candidate(end - start);
  if (match === null) return 0;
  const [field, name] = match;
  for (let i = 0; i < name.length; i++) {
    if (((chunk[start + i] as number) | 0x20) !== name[i]) return 0;
  }
  return field;
}

/** Which framing field `name` is (case-insensitive), or 0. */
export function fieldOfName(name: string): number {
  return fieldOfBytes(Buffer.from(name, 'latin1'), 0, name.length);
}

function isOws(code: number): boolean {
  return code === 32 || code === 9;
}

/** Parse a Content-Length value: optional whitespace around plain decimal digits. */
export function parseContentLength(raw: string): number | FramingError {
  let start = 0;
  let end = raw.length;
  while (start < end && isOws(raw.charCodeAt(start))) start++;
  while (end > start && isOws(raw.charCodeAt(end - 1))) end--;
  let value = start === end ? Number.NaN : 0;
  for (let i = start; i < end; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) {
      value = Number.NaN;
      break;
    }
    value = value * 10 + digit;
  }
  if (!Number.isSafeInteger(value)) {
    return createFramingError('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length');
  }
  return value;
}

/** True when the last transfer coding is `chunked`. */
export function isChunkedLast(raw: string): boolean {
  const codings = raw.split(',');
  return (codings[codings.length - 1] as string).replace(/^[ \t]+|[ \t]+$/g, '').toLowerCase() === 'chunked';
}

const HEX = /^[0-9a-fA-F]{1,16}$/;

/** Parse a chunk-size line (without CRLF): hex digits, optionally `;extensions`. */
export function parseChunkSize(line: string): number | FramingError {
  const semicolon = line.indexOf(';');
  const digits = semicolon === -1 ? line : line.slice(0, semicolon);
  if (!HEX.test(digits)) {
    return createFramingError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
  }
  const size = Number.parseInt(digits, 16);
  if (!Number.isSafeInteger(size)) {
    return createFramingError('HPE_INVALID_CHUNK_SIZE', 'Chunk size too large');
  }
  return size;
}
