import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import { ApiProblem } from '../api-problem.js';

const NAME_WITH_PORT = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;
const IPV6_WITH_PORT = /^\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?$/;
const LABELS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** Whether `--allowed-hosts` can take `entry` (already lower case): `*`, a name, or `.` and a domain. */
export function isAllowedHostPattern(entry: string): boolean {
  return entry === '*' || LABELS.test(entry.startsWith('.') ? entry.slice(1) : entry);
}

/**
 * Whether a Host header (or the authority of an absolute-form target) names this mock: an IP address,
 * `localhost`, a name under `.localhost` (browsers resolve those to loopback themselves), or a name
 * allowed. Any port. Spellings no client sends (a trailing dot, percent signs, userinfo, non-ASCII) are
 * refused rather than normalised, so nothing is compared but what was sent.
 */
export function isHostAllowed(host: string, allowed: readonly string[] = []): boolean {
  const ipv6 = IPV6_WITH_PORT.exec(host);
  if (ipv6) return isIPv6(ipv6[1]!) && portOk(ipv6[2]);
  const match = NAME_WITH_PORT.exec(host);
  if (!match || !portOk(match[2])) return false;
  const name = match[1]!.toLowerCase();
  if (isIPv4(name)) return true;
  if (!LABELS.test(name)) return false;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return allowed.some((entry) => entry === '*' || entry === name || (entry.startsWith('.') && `.${name}`.endsWith(entry)));
}

const portOk = (port: string | undefined) => port === undefined || Number(port) <= 65535;

/**
 * Why a request must be refused for its Host, or undefined when it names this mock: a page that a browser
 * loaded from `evil.example`, whose name is then rebound to 127.0.0.1, reaches the mock with
 * `Host: evil.example`. Checked on Node's request before anything else (malformed Hosts included, which
 * the fetch adapter would refuse in its own way); a second Host header is a 400, as RFC 9112 asks.
 */
export function hostRefusal(incoming: IncomingMessage, allowedHosts: readonly string[] = NO_HOSTS): ApiProblem | undefined {
  const hosts = hostHeadersOf(incoming.rawHeaders);
  if (hosts.length > 1) {
    return new ApiProblem('malformed-request', 'the request has more than one Host header', [
      { path: '/header/host', message: 'must be given once' },
    ]);
  }
  const url = incoming.url ?? '';
  const authority = url.charCodeAt(0) === 47 ? undefined : /^https?:\/\/([^/?#]*)/i.exec(url)?.[1];
  const allowed = allowedOf(allowedHosts);
  if (allowed(hosts[0] ?? '') && (authority === undefined || allowed(authority))) return undefined;
  return new ApiProblem(
    'host-not-allowed',
    'this mock answers only localhost, *.localhost, IP addresses and the hosts named by --allowed-hosts ' +
      '(REMOTIX_MOCK_ALLOWED_HOSTS), so that no web page reaches it under a name of its own (DNS rebinding); ' +
      'start it with --allowed-hosts <name> to answer this one',
    [{ path: '/header/host', message: 'is not a host this mock answers' }],
    { connection: 'close' },
  );
}

const NO_HOSTS: readonly string[] = [];
/** The most Host values remembered as allowed, per list of allowed hosts. */
const MAX_KNOWN = 64;
const checkers = new WeakMap<readonly string[], (host: string) => boolean>();

/** `isHostAllowed` for one list, remembering the values it allowed: clients send the same Host again and again. */
function allowedOf(allowedHosts: readonly string[]): (host: string) => boolean {
  let check = checkers.get(allowedHosts);
  if (!check) {
    const known = new Set<string>();
    check = (host) => {
      if (known.has(host)) return true;
      if (!isHostAllowed(host, allowedHosts)) return false;
      if (known.size >= MAX_KNOWN) known.clear();
      known.add(host);
      return true;
    };
    checkers.set(allowedHosts, check);
  }
  return check;
}

function hostHeadersOf(rawHeaders: readonly string[]): string[] {
  const hosts: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.length === 4 && rawHeaders[i]!.toLowerCase() === 'host') hosts.push(rawHeaders[i + 1]!);
  }
  return hosts;
}
