import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Method llhttp accepts that stands in for an extension method on the wire to Node. */
export const PLACEHOLDER_METHOD = 'SOURCE';
/** Header injected right after a rewritten request line. */
export const MARKER_NAME = 'x-extension-method-marker';

/**
 * The secret marker that tells a rewritten request (`SOURCE` + marker) from a
 * genuine `SOURCE` request. The nonce is random per installation, so a client
 * cannot forge it.
 */
export interface ExtensionMarker {
  readonly nonce: string;
  /** Marker header line (without CRLF) for `method`. */
  line(method: string): string;
  /**
   * If `req` is a rewritten request, give it back its real method and remove
   * the marker from its headers; returns whether it did.
   */
  restore(req: IncomingMessage): boolean;
}

export function createExtensionMarker(methods: readonly string[], nonce: string = randomBytes(16).toString('hex')): ExtensionMarker {
  const known = new Set(methods);
  const prefix = `${nonce} `;
  return {
    nonce,
    line: (method) => `${MARKER_NAME}: ${prefix}${method}`,
    restore(req) {
      if (req.method !== PLACEHOLDER_METHOD) return false;
      const raw = req.rawHeaders;
      const value = raw[0] === MARKER_NAME ? raw[1] : undefined;
      if (value === undefined || !value.startsWith(prefix)) return false;
      const method = value.slice(prefix.length);
      if (!known.has(method)) return false;
      removeMarker(req);
      req.method = method;
      return true;
    },
  };
}

/**
 * Drop the marker (always rawHeaders[0..1]). Node 20 computes `headers` and
 * `headersDistinct` lazily by walking rawHeaders up to a header count fixed
 * when the head was parsed, so both are materialised *before* rawHeaders is
 * shortened, and the marker is then deleted from them.
 */
function removeMarker(req: IncomingMessage): void {
  const headers = req.headers;
  const distinct = req.headersDistinct;
  req.rawHeaders.splice(0, 2);
  const others: string[] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if ((raw[i] as string).toLowerCase() === MARKER_NAME) others.push(raw[i + 1] as string);
  }
  if (others.length === 0) {
    delete headers[MARKER_NAME];
    delete distinct[MARKER_NAME];
  } else {
    headers[MARKER_NAME] = others.join(', ');
    distinct[MARKER_NAME] = others;
  }
}
