import { type ClientOptions, createHttpCaller, type HttpCaller } from './create-http-caller.js';
import { createOperationMethods } from './create-operation-methods.js';
import { type operations, operationTable } from './generated/admin-api.js';
import type { OperationMethods } from './operation-types.js';

/**
 * A typed client for remotix-mock's own controls (openapi/admin.yaml): `getHealth`, `listActions` (the
 * ACTION journal), `clearActions` and `resetState`. A real Remotix has none of these.
 */
export type MockAdminClient = OperationMethods<operations> & { request: HttpCaller };

export function createMockAdminClient(options: ClientOptions): MockAdminClient {
  const call = createHttpCaller(options);
  return { ...createOperationMethods<operations>(operationTable, call), request: call };
}
