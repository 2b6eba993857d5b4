import { expect } from 'vitest';
import { Contract } from '../../contract-tests/lib/contract.js';
import { ADMIN_DOCUMENT, API_DOCUMENT } from '../../src/package-paths.js';
import { type Mock, type MockOptions, startMock } from '../../src/start-mock.js';

export interface ApiResponse {
  status: number;
  headers: Headers;
  contentType: string | null;
  body: any;
}

export interface TestMock {
  url: string;
  mock: Mock;
  /** One request over a real TCP connection (Node's fetch). A non-string body is sent as JSON. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  /** Like `call`, and also checks the answer against the OpenAPI document and the expected status. */
  expectCall(operationId: string, params: Record<string, string>, expected: number, body?: unknown): Promise<ApiResponse>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

let contracts: Promise<{ api: Contract; admin: Contract }> | undefined;
export function loadContracts(): Promise<{ api: Contract; admin: Contract }> {
  contracts ??= Promise.all([Contract.load(API_DOCUMENT), Contract.load(ADMIN_DOCUMENT)]).then(([api, admin]) => ({ api, admin }));
  return contracts;
}

/** The real server on an ephemeral port, spoken to over TCP only. */
export async function startTestMock(options: MockOptions = {}): Promise<TestMock> {
  const mock = await startMock({ port: 0, ...options });
  const { api } = await loadContracts();
  const call: TestMock['call'] = async (method, path, body, headers = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${mock.url}${path}`, init);
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    let parsed: unknown = text;
    if (contentType?.includes('json') && text.length > 0) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, contentType, body: parsed };
  };
  return {
    url: mock.url,
    mock,
    call,
    async expectCall(operationId, params, expected, body) {
      const operation = api.operation(operationId);
      const response = await call(operation.method, api.pathFor(operationId, params), body);
      expect({ status: response.status, body: response.body }).toMatchObject({ status: expected });
      expect(api.checkResponse(operationId, { ...response, params })).toEqual([]);
      return response;
    },
    async reset() {
      expect((await call('POST', '/__admin/reset')).status).toBe(200);
    },
    close: () => mock.close(),
  };
}
