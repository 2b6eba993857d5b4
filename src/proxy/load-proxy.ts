import { createPathNormalizer } from '../http/normalize-path.js';
import type { Descriptions } from '../load-descriptions.js';
import { API_DOCUMENT } from '../package-paths.js';
import { createExchangeChecker } from './create-exchange-checker.js';
import { createExchangeRecorder } from './create-exchange-recorder.js';
import type { ProxyOptions } from './create-proxy-middleware.js';

/**
 * What `--proxy` needs, built once at start-up: the upstream's URL, and a checker compiled from the
 * document the dialect implies (the written document for the default dialect); with `--record`, a recorder.
 */
export async function loadProxy(options: {
  proxy: string;
  record?: string;
  bodyLimit: number;
  descriptions: Descriptions;
}): Promise<ProxyOptions> {
  let target: URL;
  try {
    target = new URL(options.proxy);
  } catch {
    throw new TypeError(`--proxy takes an http:// or https:// URL, not ${options.proxy}`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new TypeError(`--proxy takes an http:// or https:// URL, not ${options.proxy}`);
  const [{ listOperations }, { loadApiDescription }] = await Promise.all([
    import('../../openapi-reader/list-operations.js'),
    import('../openapi/load-api-description.js'),
  ]);
  const { fittedDocument, dialect } = options.descriptions;
  const operations = fittedDocument ? listOperations(fittedDocument) : (await loadApiDescription(API_DOCUMENT)).operations;
  const unrouted = [dialect.errors.byKind['unknown-path'].status, dialect.errors.byKind['method-not-allowed'].status];
  const tolerant = dialect.paths.trailingSlash === 'tolerant';
  const normalize = tolerant ? createPathNormalizer(operations.map((operation) => operation.path)) : undefined;
  return {
    target,
    bodyLimit: options.bodyLimit,
    check: createExchangeChecker(operations, unrouted, normalize),
    record: options.record === undefined ? undefined : createExchangeRecorder(options.record),
  };
}
