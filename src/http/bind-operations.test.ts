import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../openapi-reader/create-ajv.js';
import { createRequestValidators } from '../openapi/create-request-validators.js';
import { loadApiDescription } from '../openapi/load-api-description.js';
import { API_DOCUMENT } from '../package-paths.js';
import type { AppEnv } from './app-env.js';
import { bindOperations, toHonoPath } from './bind-operations.js';
import { actionHandlers } from './handlers/action-handlers.js';
import { computerHandlers } from './handlers/computer-handlers.js';
import { connectionHandlers } from './handlers/connection-handlers.js';
import { groupHandlers } from './handlers/group-handlers.js';
import type { Handlers, RequestState } from './handlers/handlers.js';

const api = await loadApiDescription(API_DOCUMENT);
const validators = createRequestValidators({ strict: createAjv(), coercing: createAjv({ coerce: true }) }, api.operations);
const all = { ...groupHandlers, ...connectionHandlers, ...computerHandlers, ...actionHandlers };
const bind = (handlers: Handlers) =>
  bindOperations(new Hono<AppEnv>(), {
    operations: api.operations,
    validators,
    handlers,
    bodyLimit: 1024,
    state: () => ({}) as RequestState,
  });

describe('bindOperations', () => {
  it('binds a handler to each of the 24 operations', () => {
    expect(api.operations).toHaveLength(24);
    expect(() => bind(all)).not.toThrow();
  });

  it('refuses to start when an operation has no handler', () => {
    const { deleteGroup: _, ...rest } = all;
    expect(() => bind(rest)).toThrow('operations without a handler: deleteGroup');
  });

  it('refuses to start when a handler has no operation', () => {
    expect(() => bind({ ...all, rebootComputer: () => undefined })).toThrow('handlers without an operation: rebootComputer');
  });

  it('turns path templates into Hono paths', () => {
    expect(toHonoPath('/computer/{computer_id}/{connection}/credentials')).toBe('/computer/:computer_id/:connection/credentials');
  });
});
