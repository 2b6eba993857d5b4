import type { ApiRequest, ApiResponse } from './http-client.js';
import { redact, redactText } from './redact.js';

/** One request and its answer as the reports show them: credentials redacted. */
export interface RecordedExchange {
  request: { method: string; path: string; contentType?: string; body?: unknown };
  response?: { status: number; contentType: string | null; allow?: string | null; body: unknown };
}

/** An answer as a scenario sees it: the response, and the exchange to attach to a finding. */
export type Reply = ApiResponse & { exchange: RecordedExchange };

export function recordExchange(request: ApiRequest, response?: ApiResponse): RecordedExchange {
  const recorded: RecordedExchange = { request: { method: request.method, path: request.path } };
  if (request.raw) {
    recorded.request.contentType = request.raw.contentType;
    recorded.request.body = redactText(request.raw.text);
  } else if (request.body !== undefined) {
    recorded.request.contentType = 'application/json';
    recorded.request.body = redact(request.body);
  }
  if (response) {
    const body = typeof response.body === 'string' ? redactText(response.body) : redact(response.body);
    recorded.response = { status: response.status, contentType: response.contentType, allow: response.allow, body };
  }
  return recorded;
}
