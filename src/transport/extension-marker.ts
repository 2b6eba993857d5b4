import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Method llhttp accepts that stands in for an extension method on the wire to Node. */
export const PLACEHOLDER_METHOD = 'SOURCE';
/** Header inserted right after a rewritten request line. */
export const MARKER_NAME = 'x-extension-method-marker';
/** Start of the name an Upgrade field is shown to Node under, so that llhttp does not switch protocols. */
export const IGNORED_UPGRADE_PREFIX = 'x-ignored-upgrade-';

/**
 * The secret that tells what the framer rewrote from what a client sent: a random nonce per installation,
 * in the marker header (`SOURCE` + marker is an extension method) and in the name an ignored Upgrade field
 * is renamed to. A client cannot forge either.
 */
export interface ExtensionMarker {
  readonly nonce: string;
  /** Marker header line (without CRLF) for `method`. */
  line(method: string): string;
  /** The name Node is shown for an Upgrade field named `name`. */
  upgradeName(name: string): string;
  /** If `req` is a rewritten request, give it back its method and drop the marker; returns whether it did. */
  restoreMethod(req: IncomingMessage): boolean;
  /** Give renamed Upgrade fields their own names back. */
  restoreUpgrade(req: IncomingMessage): void;
}

export function createExtensionMarker(methods: readonly string[], nonce: string = randomBytes(16).toString('hex')): ExtensionMarker {
  const known = new Set(methods);
  const prefix = `${nonce} `;
  const renamedPrefix = `${IGNORED_UPGRADE_PREFIX}${nonce}-`;
  const renamedKey = `${renamedPrefix}upgrade`;
  return {
    nonce,
    line: (method) => `${MARKER_NAME}: ${prefix}${method}`,
    upgradeName: (name) => renamedPrefix + name,
    restoreMethod(req) {
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
    restoreUpgrade(req) {
      const { headers, headersDistinct, rawHeaders: raw } = materialized(req);
      const values: string[] = [];
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i] as string;
        if (name.length !== renamedKey.length || !name.startsWith(renamedPrefix)) continue;
        raw[i] = name.slice(renamedPrefix.length);
        values.push(raw[i + 1] as string);
      }
      if (values.length === 0) return;
      delete headers[renamedKey];
      delete headersDistinct[renamedKey];
      headers.upgrade = values.join(', ');
      headersDistinct.upgrade = values;
    },
  };
}

/**
 * Node 20 computes `headers` and `headersDistinct` lazily by walking rawHeaders up to a header count fixed
 * when the head was parsed, so both are materialised before rawHeaders is changed.
 */
function materialized(req: IncomingMessage) {
  return { headers: req.headers, headersDistinct: req.headersDistinct, rawHeaders: req.rawHeaders };
}

/** Drop the marker (always rawHeaders[0..1]) from rawHeaders, headers and headersDistinct. */
function removeMarker(req: IncomingMessage): void {
  const { headers, headersDistinct } = materialized(req);
  req.rawHeaders.splice(0, 2);
  const others: string[] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if ((raw[i] as string).toLowerCase() === MARKER_NAME) others.push(raw[i + 1] as string);
  }
  if (others.length === 0) {
    delete headers[MARKER_NAME];
    delete headersDistinct[MARKER_NAME];
  } else {
    headers[MARKER_NAME] = others.join(', ');
    headersDistinct[MARKER_NAME] = others;
  }
}
