export interface ApiResponse {
  status: number;
  body: any;
}

export interface ApiClient {
  /** One request over TCP (Node's fetch); a body is sent as JSON. Any 5xx throws: the mock never owes one. */
  send(method: string, path: string, body?: unknown): Promise<ApiResponse>;
}

/** `onStatus` hears every status, e.g. to check that a run met every outcome. */
export function createApiClient(url: string, onStatus: (status: number) => void = () => undefined): ApiClient {
  return {
    async send(method, path, body) {
      const init: RequestInit = { method };
      if (body !== undefined) Object.assign(init, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      const response = await fetch(`${url}${path}`, init);
      const text = await response.text();
      onStatus(response.status);
      if (response.status >= 500) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return { status: response.status, body: text.length > 0 ? JSON.parse(text) : undefined };
    },
  };
}
