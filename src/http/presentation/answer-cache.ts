/** The most answers one store keeps, and the longest text kept: the cache stays a few KiB per session. */
const MAX_ANSWERS = 4;
const MAX_TEXT = 4096;

/**
 * The texts of a store's read answers (GET), kept while its data does not change: a read asked again, the
 * same path and no query, is answered from the text written the first time instead of copying and
 * serialising the data again. Any call that may change the data moves the store's version on, which empties
 * the cache at the next read. Small on purpose (a few entries of a few KiB): the memory budget does not
 * count it, and the answers worth keeping are the small ones asked again and again.
 */
export class AnswerCache {
  #version = -1;
  readonly #texts = new Map<string, string>();

  /** The text kept for `key` while the store is at `version`; none once it moved on. */
  get(version: number, key: string): string | undefined {
    if (version === this.#version) return this.#texts.get(key);
    this.#texts.clear();
    this.#version = version;
    return undefined;
  }

  /** Keeps `text` for `key` at the version of the last `get`. */
  set(key: string, text: string): void {
    if (text.length > MAX_TEXT) return;
    if (this.#texts.size >= MAX_ANSWERS && !this.#texts.has(key)) this.#texts.clear();
    this.#texts.set(key, text);
  }
}
