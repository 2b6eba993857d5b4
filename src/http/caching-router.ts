import type { Result, Router } from 'hono/router';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';

/** How many matches are kept, and the longest path kept: a client that sends ever new paths only empties the cache. */
const MAX_MATCHES = 256;
const MAX_PATH = 256;

/**
 * Hono's default router (a SmartRouter over its RegExpRouter and TrieRouter; ours end up with the TrieRouter),
 * remembering its last matches: the routes are all added before the first request and never change after,
 * so a method and path match the same handlers and parameters every time. Hono only reads a match.
 */
export class CachingRouter<T> implements Router<T> {
  readonly name = 'CachingRouter';
  readonly #router: Router<T> = new SmartRouter<T>({ routers: [new RegExpRouter<T>(), new TrieRouter<T>()] });
  readonly #matches = new Map<string, Result<T>>();

  add(method: string, path: string, handler: T): void {
    this.#matches.clear();
    this.#router.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    if (path.length > MAX_PATH) return this.#router.match(method, path);
    const key = `${method} ${path}`;
    let result = this.#matches.get(key);
    if (result === undefined) {
      result = this.#router.match(method, path);
      if (this.#matches.size >= MAX_MATCHES) this.#matches.clear();
      this.#matches.set(key, result);
    }
    return result;
  }
}
