import { Contract } from '../contract.js';
import { createHttpClient, RequestError } from '../http-client.js';
import { API_DOCUMENT } from '../package-files.js';
import { createLearned } from '../shapes/learned.js';
import { SetUpError, unreachable } from '../unreachable.js';
import { createCaptureReader } from './capture-reader.js';
import { readTarget } from './read-target.js';
import { replaceSecrets } from './replace-secrets.js';
import { type CapturedFixture, toFixture } from './to-fixture.js';

export interface CaptureOptions {
  url: string;
  includeSecrets: boolean;
  timeoutMs: number;
  /** The contract whose GET operations are read (default: the package's document). */
  openapi?: string;
}

/** What a capture read, in figures a user can check against their Remotix (never a value). */
export interface CaptureSummary {
  requests: number;
  groups: number;
  connections: number;
  /** Connections whose credentials an extension read (`GET /connection/{uid}/credentials`) gave. */
  connectionCredentials: number;
  /** Connections whose credentials could not be read but are shown to be stored: placeholders stand in. */
  connectionStandIns: number;
  computers: number;
  computerConnections: number;
  actions: number;
  nearby: number;
  /** Values replaced by placeholders (0 with `includeSecrets`). */
  placeholders: number;
}

/** The target could not be read at all: it did not answer, or not with a list of groups. */
export class CaptureError extends Error {
  override readonly name = 'CaptureError';
  constructor(
    message: string,
    /** 2: the target did not answer (a set-up error); 1: it answered, but not as a Remotix. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Reads a Remotix with GET requests only and returns the fixture of what it holds. */
export async function captureTarget(options: CaptureOptions): Promise<{ fixture: CapturedFixture; summary: CaptureSummary }> {
  const contract = await Contract.load(options.openapi ?? API_DOCUMENT);
  const client = createHttpClient(options.url, options.timeoutMs);
  const reader = createCaptureReader(client, contract, createLearned());
  try {
    const first = await reader.read('listGroups', {}).catch((error: unknown) => {
      const why = unreachable(error, options.url);
      throw why instanceof SetUpError ? new CaptureError(why.message, 2) : why;
    });
    if (first.status !== 200)
      throw new CaptureError(
        `GET /groups on ${options.url} answered ${first.status}: is the Remotix HTTP API enabled, and --url its address?`,
      );
    const read = await readTarget(reader).catch((error: unknown) => {
      if (error instanceof RequestError) throw new CaptureError(`${options.url} stopped answering: ${error.message}`);
      throw error;
    });
    const fixture = toFixture(read, reader.learned);
    const placeholders = options.includeSecrets ? 0 : replaceSecrets(fixture);
    const summary: CaptureSummary = {
      requests: reader.sent,
      groups: fixture.groups.length,
      connections: fixture.connections.length,
      connectionCredentials: read.connections.filter((c) => c.credentials).length,
      connectionStandIns: fixture.connections.filter((c) => c.credentials).length - read.connections.filter((c) => c.credentials).length,
      computers: fixture.computers.length,
      computerConnections: fixture.computers.reduce((sum, c) => sum + Object.keys(c.connections as object).length, 0),
      actions: read.actions,
      nearby: fixture.nearby.length,
      placeholders,
    };
    return { fixture, summary };
  } finally {
    client.close();
  }
}
