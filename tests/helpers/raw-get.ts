import { request } from 'node:http';

/** A GET on a fresh connection (no keep-alive agent), resolving with the status or the socket error's code. */
export function rawGet(url: string, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}
