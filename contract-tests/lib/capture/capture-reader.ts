import type { Contract } from '../contract.js';
import { type Reply, recordExchange } from '../exchange.js';
import type { HttpClient } from '../http-client.js';
import type { Reader } from '../shapes/discover.js';
import type { Learned } from '../shapes/learned.js';

/** A reader that can only send GET: what a capture sends, and all it sends. */
export interface CaptureReader extends Reader {
  /** A GET of a path outside the document (an extension read such as `GET /connection/{uid}/credentials`). */
  get(path: string): Promise<Reply>;
  /** How many GETs were sent. */
  readonly sent: number;
}

/**
 * The kit's shape discovery reads through this: every operation it names must be a GET of the document,
 * and anything else throws before a byte is sent, so a capture cannot change the target.
 */
export function createCaptureReader(client: HttpClient, contract: Contract, learned: Learned): CaptureReader {
  let sent = 0;
  const get = async (path: string): Promise<Reply> => {
    const request = { method: 'GET', path };
    sent += 1;
    const response = await client.send(request);
    return { ...response, exchange: recordExchange(request, response) };
  };
  const byOperation = (operationId: string, params: Record<string, string>): Promise<Reply> => {
    const { method } = contract.operation(operationId);
    if (method !== 'GET') throw new Error(`a capture only reads: ${operationId} is ${method}`);
    return get(contract.pathFor(operationId, params));
  };
  return {
    learned,
    read: byOperation,
    peek: byOperation,
    get,
    get sent() {
      return sent;
    },
  };
}
