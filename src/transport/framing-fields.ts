import { createFramingError, type FramingError } from './framing-error.js';

/** The header fields that decide where a message ends, or what protocol follows it. */
export type FramingField = 'content-length' | 'transfer-encoding' | 'upgrade';

/** What the head of the current message said about its body. */
export interface MessageFacts {
  /** -1 when there is none. */
  contentLength: number;
  transferEncoding: boolean;
  chunked: boolean;
  /** The trailer section of a chunked body is being read. */
  inTrailers: boolean;
}

export function createMessageFacts(): MessageFacts {
  return { contentLength: -1, transferEncoding: false, chunked: false, inTrailers: false };
}

export function resetMessageFacts(facts: MessageFacts): void {
  facts.contentLength = -1;
  facts.transferEncoding = false;
  facts.chunked = false;
  facts.inTrailers = false;
}

const CONTENT_LENGTH = Buffer.from('content-length');
const TRANSFER_ENCODING = Buffer.from('transfer-encoding');
const UPGRADE = Buffer.from('upgrade');

/** 1 for bytes a framing field's name can start with (c, t, u in either case). */
export const FIELD_FIRST_BYTE = new Uint8Array(256);
for (const letter of 'ctu') {
  FIELD_FIRST_BYTE[letter.charCodeAt(0)] = 1;
  FIELD_FIRST_BYTE[letter.toUpperCase().charCodeAt(0)] = 1;
}

/** Which framing field the name in bytes [start, end) is, case-insensitively, or null. */
export function framingFieldIn(bytes: Buffer, start: number, end: number): FramingField | null {
  const length = end - start;
  if (length === 14) return sameName(bytes, start, CONTENT_LENGTH) ? 'content-length' : null;
  if (length === 17) return sameName(bytes, start, TRANSFER_ENCODING) ? 'transfer-encoding' : null;
  if (length === 7) return sameName(bytes, start, UPGRADE) ? 'upgrade' : null;
  return null;
}

/** ASCII case-insensitive: `| 0x20` lowers letters and leaves `-` as it is. */
function sameName(bytes: Buffer, start: number, name: Buffer): boolean {
  for (let i = 0; i < name.length; i++) {
    if (((bytes[start + i] as number) | 0x20) !== name[i]) return false;
  }
  return true;
}

/** Record a Content-Length or Transfer-Encoding value; the error when the combination is unsafe. */
export function applyBodyField(facts: MessageFacts, field: 'content-length' | 'transfer-encoding', value: string): FramingError | null {
  if (facts.inTrailers) return createFramingError('HPE_INVALID_HEADER_TOKEN', 'Framing header field in trailer section');
  if (field === 'content-length') {
    if (facts.transferEncoding) {
      return createFramingError('HPE_INVALID_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding");
    }
    if (facts.contentLength !== -1) return createFramingError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length');
    const length = parseContentLength(value);
    if (typeof length !== 'number') return length;
    facts.contentLength = length;
    return null;
  }
  if (facts.contentLength !== -1) {
    return createFramingError('HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length");
  }
  if (facts.transferEncoding) return createFramingError('HPE_INVALID_TRANSFER_ENCODING', 'Duplicate Transfer-Encoding');
  facts.transferEncoding = true;
  if (!isChunkedLast(value)) return createFramingError('HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`');
  facts.chunked = true;
  return null;
}

const isOws = (code: number): boolean => code === 32 || code === 9;

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
  if (!Number.isSafeInteger(value)) return createFramingError('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length');
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
  if (!HEX.test(digits)) return createFramingError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
  const size = Number.parseInt(digits, 16);
  if (!Number.isSafeInteger(size)) return createFramingError('HPE_INVALID_CHUNK_SIZE', 'Chunk size too large');
  return size;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a request target must not hold control characters
const EXTENSION_LINE = /^[^\x00-\x20\x7f]+ HTTP\/1\.[01]$/;

/** Whether the rest of an extension method's request line (after `METHOD `, without CRLF) is well formed. */
export function isRequestTargetAndVersion(rest: string): boolean {
  return EXTENSION_LINE.test(rest);
}
