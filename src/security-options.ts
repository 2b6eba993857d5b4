/**
 * The options that guard the mock, given to `startMock` and to the app alike. Plain data on purpose: the
 * package's public declarations reach this file, and must need no Node or Hono types (a user's project
 * type-checks them without @types/node).
 */
export interface SecurityOptions {
  /** Demand `Authorization: Bearer <token>` on the API's own paths. */
  token?: string;
  /** Demand `Authorization: Bearer <adminToken>` under /__admin (health and the static pages excepted). */
  adminToken?: string;
  /** false: no admin API at all (health excepted). */
  admin?: boolean;
  /** Origins allowed by CORS, writes included; none (no CORS headers at all) unless given. */
  corsOrigins?: readonly string[];
  /** Host names answered besides localhost, *.localhost and IP addresses: `name`, `.domain`, or `*` for any. */
  allowedHosts?: readonly string[];
}
