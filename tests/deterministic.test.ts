import { describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from './helpers/test-mock.js';

/** The same requests, in order, and the raw text of every answer. */
async function transcript(t: TestMock, session?: string): Promise<string[]> {
  const headers: Record<string, string> = session ? { 'x-mock-session': session } : {};
  const texts: string[] = [];
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await t.call(method, path, body, headers);
    texts.push(`${method} ${path} ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const { group_uid } = await call('PUT', '/group/', { name: 'Seeded' });
  const { uid } = await call('PUT', '/connection/', { name: 'Box', category_uid: group_uid });
  await call('ACTION', `/connection/${uid}/connect`);
  await call('ACTION', '/computer/123456/NEAR/observe');
  await call('GET', `/group/${group_uid}`);
  await call('GET', '/__admin/actions');
  await call('GET', '/__admin/sessions');
  await call('GET', '/__admin/requests');
  return texts;
}

async function withMock<T>(seed: number | undefined, use: (t: TestMock) => Promise<T>): Promise<T> {
  const t = await startTestMock({ seed });
  try {
    return await use(t);
  } finally {
    await t.close();
  }
}

describe('deterministic mode', () => {
  it('answers byte for byte the same in two runs with the same seed', async () => {
    const first = await withMock(42, (t) => transcript(t));
    const second = await withMock(42, (t) => transcript(t));
    expect(second).toEqual(first);
    expect(first.join('\n')).toContain('"time":"2026-01-01T00:00:00');
  });

  it('starts again from the same ids and times after a reset', async () => {
    await withMock(42, async (t) => {
      const before = await transcript(t);
      await t.reset();
      expect(await transcript(t)).toEqual(before);
    });
  });

  it('gives each session its own reproducible stream', async () => {
    const [a1, b1] = await withMock(42, async (t) => [await transcript(t, 'a'), await transcript(t, 'b')]);
    const [b2, a2] = await withMock(42, async (t) => [await transcript(t, 'b'), await transcript(t, 'a')]);
    expect(a2).toEqual(a1);
    expect(b2).toEqual(b1);
    expect(a1).not.toEqual(b1);
  });

  it('differs between seeds and without one', async () => {
    const seeded = await withMock(42, (t) => transcript(t));
    expect(await withMock(43, (t) => transcript(t))).not.toEqual(seeded);
    expect(await withMock(undefined, (t) => transcript(t))).not.toEqual(seeded);
  });
});
