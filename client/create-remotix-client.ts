import { type ClientOptions, createHttpCaller, type HttpCaller } from './create-http-caller.js';
import { createOperationMethods } from './create-operation-methods.js';
import { type operations, operationTable } from './generated/remotix-api.js';
import type { OperationMethods } from './operation-types.js';

/**
 * A typed client for the Remotix HTTP API: one method per operationId of openapi/remotix.yaml, `ACTION`
 * ones included, each resolving to `{ status, headers, body }` typed as the operation's documented
 * responses. It never throws on a 4xx or 5xx; `request` sends anything else.
 */
export type RemotixClient = OperationMethods<operations> & {
  /** Any request: e.g. `request('ACTION', '/connection/1000-0001/connect')`. */
  request: HttpCaller;
};

export function createRemotixClient(options: ClientOptions): RemotixClient {
  const call = createHttpCaller(options);
  return { ...createOperationMethods<operations>(operationTable, call), request: call };
}
