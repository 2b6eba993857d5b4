import { afterEach, describe, expect, it } from 'vitest';
import { type RunningBin, spawnBin } from './helpers/spawn-bin.js';

const running: RunningBin[] = [];
afterEach(() => {
  for (const bin of running.splice(0)) bin.child.kill('SIGKILL');
});

async function exercise(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const bin = await spawnBin(args, env);
  running.push(bin);
  const headers = { 'content-type': 'application/json', authorization: 'Bearer token-in-header-1', 'x-mock-session': 'logs' };
  await fetch(`${bin.url}/connection/1000-0001/credentials`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ 'rdp.password': 'password-in-body' }),
  });
  await fetch(`${bin.url}/groups?secret=query-value`, { headers });
  await new Promise((resolve) => setTimeout(resolve, 100));
  return bin
    .output()
    .split('\n')
    .filter((line) => !line.includes('listening on') && (line.includes(' /') || line.startsWith('{')));
}

describe('request logs', () => {
  it('writes one JSON object per request with --log json, and no secret', async () => {
    const lines = await exercise(['--log', 'json']);
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries).toEqual([
      {
        time: expect.any(String),
        method: 'PUT',
        path: '/connection/1000-0001/credentials',
        status: 200,
        durationMs: expect.any(Number),
        session: 'logs',
      },
      { time: expect.any(String), method: 'GET', path: '/groups', status: 400, durationMs: expect.any(Number), session: 'logs' },
    ]);
    expect(lines.join('\n')).not.toMatch(/password-in-body|token-in-header-1|query-value/);
  });

  it('writes readable lines by default', async () => {
    const lines = await exercise([]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ PUT \/connection\/1000-0001\/credentials 200 [\d.]+ms \[logs\]$/);
    expect(lines.join('\n')).not.toMatch(/password-in-body|token-in-header-1|query-value/);
  });

  it('writes none with --log off', async () => {
    expect(await exercise(['--log', 'off'])).toEqual([]);
  });
});
