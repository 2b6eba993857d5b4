import type { Context, Next } from 'hono';
import type { AppEnv } from './app-env.js';

/** A middleware, which may also answer synchronously (Hono's own type asks for a promise). */
export type Layer = (c: Context<AppEnv>, next: Next) => unknown;
type Final = (c: Context<AppEnv>) => unknown;
type ErrorHandler = (error: Error, c: Context<AppEnv>) => Response | Promise<Response>;

/**
 * The app's middleware and one final handler (a route's, or the not-found answer), run as Hono's `compose`
 * runs them, with the same outcome: a layer's error becomes the error handler's answer at that layer, so the
 * layers around it see `c.res` set and go on. Unlike `compose`, nothing waits when nothing has to: a layer
 * or handler that answers synchronously costs no promise and no microtask. Hono itself calls a route with a
 * single handler directly, so each route is bound as one handler that runs this.
 */
export function composeLayers(
  layers: readonly Layer[],
  onError: ErrorHandler,
): (c: Context<AppEnv>, final: Final, routed: boolean) => unknown {
  const settle = (c: Context<AppEnv>, res: unknown, isError: boolean): Context<AppEnv> => {
    if (res && (c.finalized === false || isError)) c.res = res as Response;
    return c;
  };
  const fail = (c: Context<AppEnv>, error: unknown): Context<AppEnv> | Promise<Context<AppEnv>> => {
    if (!(error instanceof Error)) throw error;
    c.error = error;
    const res = onError(error, c);
    return res instanceof Promise ? res.then((value) => settle(c, value, true)) : settle(c, res, true);
  };
  const run = (c: Context<AppEnv>, i: number, final: Final, routed: boolean): unknown => {
    let index = i;
    let passed: unknown;
    const next = () => {
      if (index > i) throw new Error('next() called multiple times');
      index = i + 1;
      passed = run(c, i + 1, final, routed);
      return passed;
    };
    let res: unknown;
    if (i < layers.length) {
      try {
        res = layers[i]!(c, next as Next);
      } catch (error) {
        return fail(c, error);
      }
    } else if (routed) {
      try {
        res = final(c);
      } catch (error) {
        return fail(c, error);
      }
    } else {
      // Hono calls the not-found handler outside its own try: an error there is the layer before's.
      if (c.finalized !== false) return c;
      res = final(c);
    }
    if (res instanceof Promise) {
      // A layer that returned what next() gave (\`return next()\`) adds nothing: the layers inside settled it.
      if (res === passed) return res;
      if (!routed && i === layers.length) return res.then((value) => settle(c, value, false));
      return res.then(
        (value) => settle(c, value, false),
        (error) => fail(c, error),
      );
    }
    return settle(c, res, false);
  };
  return (c, final, routed) => {
    const done = run(c, 0, final, routed);
    return done instanceof Promise ? done.then(() => answerOf(c)) : answerOf(c);
  };
}

function answerOf(c: Context<AppEnv>): Response {
  if (!c.finalized) throw new Error('Context is not finalized. Did you forget to return a Response object or `await next()`?');
  return c.res;
}
