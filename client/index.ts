/** `remotix-mock/client`: typed clients generated from the OpenAPI documents. Imports nothing from the mock. */

export { type ClientOptions, DEFAULT_TIMEOUT_MS, type HttpCaller } from './create-http-caller.js';
export { createMockAdminClient, type MockAdminClient } from './create-mock-admin-client.js';
export { createRemotixClient, type RemotixClient } from './create-remotix-client.js';
export type { components as AdminComponents, operations as AdminOperations, paths as AdminPaths } from './generated/admin-api.js';
export type { components as RemotixComponents, operations as RemotixOperations, paths as RemotixPaths } from './generated/remotix-api.js';
export type {
  ClientResponse,
  OperationArgs,
  OperationMethods,
  OperationResponse,
  Params,
  PathParams,
  QueryParams,
  RequestBody,
} from './operation-types.js';
