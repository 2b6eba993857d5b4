const lenient = new TextDecoder('utf-8');

/**
 * The offset of the first byte that is not part of valid UTF-8 (`bytes.length` if all are). Decodes
 * leniently and walks the result: a U+FFFD that the bytes do not spell (EF BF BD) is where it went wrong.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const text = lenient.decode(bytes);
  let offset = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes.length;
}
