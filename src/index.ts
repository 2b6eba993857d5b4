/**
 * remotix-mock as a library: start a mock of the Remotix HTTP API inside your own tests.
 *
 *   const mock = await startMock({ seed: 1 });
 *   // ... point your integration at mock.url ...
 *   expect(mock.actions({ action: 'connect' })).toHaveLength(1);
 *   await mock.close();
 */

export type { Dialect } from './dialect/dialect.js';
export { DialectError } from './dialect/dialect-error.js';
export { loadDialect } from './dialect/load-dialect.js';
export type { FaultConfig, FaultRule, FaultState } from './faults/fault-set.js';
export { FixtureError } from './fixtures/fixture-error.js';
export type { RequestFilter, RequestRecord } from './journal/request-journal.js';
export type { Descriptions } from './load-descriptions.js';
export { loadDescriptions } from './load-descriptions.js';
export type { Deviation } from './proxy/deviation.js';
export type { Mock, MockOptions, MockSessionOption, MockSnapshot, SessionOption } from './start-mock.js';
export { startMock } from './start-mock.js';
export type { ActionFilter } from './store/action-journal.js';
export type { RemoteSession } from './store/remote-sessions.js';
export type { ActionRecord, ActionTarget, Fixture, FixtureComputerConnection } from './store/types.js';
