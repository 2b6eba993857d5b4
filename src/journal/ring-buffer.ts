/** Keeps the last `limit` items pushed: memory stays flat however many arrive. */
export class RingBuffer<T> {
  #items: (T | undefined)[];
  #start = 0;
  #size = 0;

  constructor(readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`a ring buffer needs a limit of at least 1, not ${limit}`);
    this.#items = new Array(limit);
  }

  get size(): number {
    return this.#size;
  }

  /** Returns the item dropped to make room, if one was. */
  push(item: T): T | undefined {
    const end = (this.#start + this.#size) % this.limit;
    const dropped = this.#size < this.limit ? undefined : this.#items[end];
    this.#items[end] = item;
    if (this.#size < this.limit) this.#size++;
    else this.#start = (this.#start + 1) % this.limit;
    return dropped;
  }

  /** Oldest first. */
  toArray(): T[] {
    const result: T[] = [];
    for (let i = 0; i < this.#size; i++) result.push(this.#items[(this.#start + i) % this.limit] as T);
    return result;
  }

  clear(): void {
    this.#items = new Array(this.limit);
    this.#start = 0;
    this.#size = 0;
  }
}
