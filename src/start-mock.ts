import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './create-app.js';
import { createHttpServer } from './create-http-server.js';
import { DEFAULTS } from './defaults.js';
import { defaultDialect } from './dialect/default-dialect.js';
import { DialectError, DialectProblem } from './dialect/dialect-error.js';
import { loadDialect, withDialectSource } from './dialect/load-dialect.js';
import { storeRulesOf } from './dialect/store-rules.js';
import type { FaultConfig, FaultState } from './faults/fault-set.js';
import { checkFixture } from './fixtures/check-fixture.js';
import { loadFixtureFile } from './fixtures/load-fixture-file.js';
import { resolveFixtures } from './fixtures/resolve-fixtures.js';
import type { MockControl } from './http/handlers/handlers.js';
import type { LogFormat } from './http/middleware/log-format.js';
import { createPresentation } from './http/presentation/create-presentation.js';
import type { RequestFilter, RequestRecord } from './journal/request-journal.js';
import { type Descriptions, loadDescriptions } from './load-descriptions.js';
import { DEFAULT_FIXTURES } from './package-paths.js';
import type { SecurityOptions } from './security-options.js';
import { ServerControl } from './server-control.js';
import type { MockSession, MockSessionSnapshot } from './sessions/mock-session.js';
import { MockSessions } from './sessions/mock-sessions.js';
import { SessionController } from './sessions/session-controller.js';
import type { ActionFilter } from './store/action-journal.js';
import type { RemoteSession } from './store/remote-sessions.js';
import type { ActionRecord, Fixture } from './store/types.js';

export interface MockOptions extends SecurityOptions {
  /** A fixture file (relative to the working directory), a packaged dataset by name (`'default'`), or fixture data. */
  fixtures?: string | Fixture;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  bodyLimit?: number;
  /** Makes ids, times and random latency reproducible from run to run. */
  seed?: number;
  /** How many entries each journal keeps, per session. */
  journalLimit?: number;
  /** A named session unused this long (ms) is dropped. */
  sessionIdleMs?: number;
  /** The most named sessions alive at once. */
  maxSessions?: number;
  /** Faults the default session starts with. */
  faults?: FaultConfig;
  /** A client that has not sent its whole request head by then is answered 408 and closed. */
  headersTimeoutMs?: number;
  /** A request whose head and body have not all arrived by then is answered 408 (at least `headersTimeoutMs`). */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs?: number;
  /** Bytes of data all sessions and journals may hold together; 503 for what would store more. */
  memoryBudget?: number;
  /** How long `close()` (and SIGTERM) waits for requests in flight. */
  shutdownTimeoutMs?: number;
  /** One line per request, as text or JSON; none unless given. */
  log?: LogFormat;
  /** Where log lines go; stdout unless given. */
  writeLog?: (line: string) => void;
  /** Descriptions already loaded, to start many mocks without loading them again (they carry their dialect). */
  descriptions?: Descriptions;
  /**
   * A dialect file, or dialect data (docs/dialect.md): how the API answers where the reference is silent.
   * The default dialect unless given. Not together with `descriptions`, which carry their own.
   */
  dialect?: string | Record<string, unknown>;
  /** A real Remotix to forward every API request to, answers checked and journaled (`--proxy`). */
  proxy?: string;
  /** With `proxy`: a folder to write each exchange to, credentials redacted (`--record`). */
  record?: string;
}

/** Which mock session (`X-Mock-Session`) a call is about: the default one unless named. */
export interface MockSessionOption {
  session?: string;
}

/** @deprecated The old name of `MockSessionOption`, kept for existing code. */
export type SessionOption = MockSessionOption;

export type MockSnapshot = MockSessionSnapshot;

/** A running mock, for tests: its URL, its journals, and control over its state. */
export interface Mock {
  /** e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  actions(filter?: ActionFilter & MockSessionOption): ActionRecord[];
  requests(filter?: RequestFilter & MockSessionOption): RequestRecord[];
  remoteSessions(options?: MockSessionOption): RemoteSession[];
  /** Back to the fixtures (or `fixture`): data, journals, open remote sessions and faults. */
  reset(options?: MockSessionOption & { fixture?: Fixture }): void;
  /** The whole state as a fixture; credential values masked unless `includeSecrets`. */
  state(options?: MockSessionOption & { includeSecrets?: boolean }): Fixture;
  snapshot(options?: MockSessionOption): MockSnapshot;
  restore(snapshot: MockSnapshot, options?: MockSessionOption): void;
  setFaults(faults: FaultConfig, options?: MockSessionOption): FaultState;
  clearFaults(options?: MockSessionOption): void;
  /** Stops accepting, lets requests in flight finish (up to `deadlineMs`), then resolves. */
  close(deadlineMs?: number): Promise<void>;
}

/** Loads everything, then listens. Any problem with the documents or the fixtures rejects before listening. */
export async function startMock(options: MockOptions = {}): Promise<Mock> {
  if (options.dialect !== undefined && options.descriptions) throw new Error('startMock: give dialect or descriptions, not both');
  const source = typeof options.dialect === 'string' ? options.dialect : 'the dialect option';
  const dialect = options.dialect === undefined ? defaultDialect() : await loadDialect(options.dialect, source);
  const descriptions = options.descriptions ?? (await fitted(source, () => loadDescriptions(undefined, undefined, dialect)));
  const presentation = withDialectSource(source, () => createPresentation(descriptions.dialect));
  const baseline = await loadBaseline(options.fixtures ?? DEFAULT_FIXTURES, descriptions);
  const sessions = new MockSessions({
    rules: storeRulesOf(descriptions.dialect),
    baseline,
    settingsDefaults: descriptions.settingsDefaults,
    journalLimit: options.journalLimit ?? DEFAULTS.journalLimit,
    seed: options.seed,
    idleMs: options.sessionIdleMs ?? DEFAULTS.sessionIdleMs,
    maxSessions: options.maxSessions ?? DEFAULTS.maxSessions,
    memoryBudget: options.memoryBudget ?? DEFAULTS.memoryBudget,
    defaultFaults: options.faults,
  });
  const { validateFixture, dialect: fittedDialect } = descriptions;
  const check = (data: unknown, where: string) => checkFixture(structuredClone(data), validateFixture, where, fittedDialect.ids.space);
  const controller = new SessionController(sessions, check);
  const control: MockControl = { sessions, controller, descriptions };
  const bodyLimit = options.bodyLimit ?? DEFAULTS.bodyLimit;
  if (options.record !== undefined && options.proxy === undefined)
    throw new TypeError('--record needs --proxy: it writes what the proxy forwards');
  // Loaded only for --proxy: its checker compiles response schemas with Ajv, which a start without it never loads.
  const proxy =
    options.proxy === undefined
      ? undefined
      : await (await import('./proxy/load-proxy.js')).loadProxy({ proxy: options.proxy, record: options.record, bodyLimit, descriptions });
  const app = createApp({ ...options, mock: control, bodyLimit, presentation, proxy });
  const headersTimeoutMs = options.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs;
  const server = createHttpServer(app, {
    extensionMethods: descriptions.api.extensionMethods,
    headersTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? Math.max(DEFAULTS.requestTimeoutMs, headersTimeoutMs),
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? DEFAULTS.keepAliveTimeoutMs,
    allowedHosts: options.allowedHosts,
    problem: presentation.problem,
  });
  const host = options.host ?? DEFAULTS.host;
  await listen(server, options.port ?? 0, host);
  const { address, port } = server.address() as AddressInfo;
  const listener = new ServerControl(server, port, host);
  // The one hook from the sessions to the socket: the default session's `app-not-running` fault.
  const unfollow = controller.onDefaultFaults((faults) => listener.follow(faults));
  const sweeper = setInterval(() => sessions.sweep(), 60_000).unref();
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  const shutdownMs = options.shutdownTimeoutMs ?? DEFAULTS.shutdownTimeoutMs;
  const close = (deadlineMs: number) => {
    clearInterval(sweeper);
    unfollow();
    return listener.close(deadlineMs);
  };
  return createMockHandle({ url, controller, close, shutdownMs });
}

/** Where a fixture given to `reset` comes from, as its errors name it. */
const FIXTURE_OPTION = 'the fixture option';

interface HandleParts {
  url: string;
  controller: SessionController;
  close: (deadlineMs: number) => Promise<void>;
  shutdownMs: number;
}

/** What the handle changes, it changes through the controller, as the admin API does. */
function createMockHandle({ url, controller, close, shutdownMs }: HandleParts): Mock {
  const session = (options: MockSessionOption = {}): MockSession => controller.sessions.get(options.session);
  return {
    url,
    actions: ({ session: name, ...filter } = {}) => session({ session: name }).store.actions.list(filter),
    requests: ({ session: name, ...filter } = {}) => session({ session: name }).requests.list(filter),
    remoteSessions: (options) => session(options).store.actions.remoteSessions(),
    reset: (options = {}) => controller.reset(session(options), options.fixture, FIXTURE_OPTION),
    state: (options = {}) => session(options).exportState(options.includeSecrets === true),
    snapshot: (options) => session(options).snapshot(),
    restore: (snapshot, options) => controller.restore(session(options), snapshot),
    setFaults: (faults, options) => controller.setFaults(session(options), faults),
    clearFaults: (options) => controller.clearFaults(session(options)),
    close: (deadlineMs = shutdownMs) => close(deadlineMs),
  };
}

async function loadBaseline(fixtures: string | Fixture, descriptions: Descriptions): Promise<Fixture> {
  const space = descriptions.dialect.ids.space;
  if (typeof fixtures === 'string') return loadFixtureFile(resolveFixtures(fixtures) ?? fixtures, descriptions.validateFixture, space);
  return checkFixture(structuredClone(fixtures), descriptions.validateFixture, 'the fixtures option', space);
}

/** Descriptions fitted to a dialect; a dialect whose parts do not fit together names its file. */
async function fitted(source: string, load: () => Promise<Descriptions>): Promise<Descriptions> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DialectProblem) throw new DialectError(source, error.pointer, error.message);
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
