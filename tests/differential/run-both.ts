import type { ExchangeChecker } from '../../src/proxy/create-exchange-checker.js';
import { type Answer, differences } from './compare-answers.js';
import { diffSequence, type Roles } from './diff-sequence.js';
import { newSide, send } from './run-sequence.js';

/** Sends the sequence to both servers, each from a fresh state, and lists every difference. */
export async function runBoth(realUrl: string, mockUrl: string, roles: Roles, check?: ExchangeChecker): Promise<string[]> {
  await Promise.all([fetch(`${realUrl}/__independent/reset`, { method: 'POST' }), fetch(`${mockUrl}/__admin/reset`, { method: 'POST' })]);
  const real = newSide(realUrl);
  const mocked = newSide(mockUrl);
  const found: string[] = [];
  for (const [i, step] of diffSequence(roles).entries()) {
    const [a, b] = await Promise.all([send(real, step), send(mocked, step)]);
    if (check) {
      for (const [side, answer] of [
        ['independent', a],
        ['mock', b],
      ] as const) {
        const exchange = {
          method: step.method,
          path: answer.path.split('?')[0]!,
          status: answer.status,
          contentType: answer.contentType,
          body: answer.raw,
        };
        for (const deviation of check(exchange))
          found.push(`#${i} ${step.method} ${step.path} (${side}): ${deviation.check}: ${deviation.message}`);
      }
      continue;
    }
    for (const difference of differences(a as Answer, b as Answer, real.created, mocked.created, step.method === 'ACTION')) {
      found.push(`#${i} ${step.method} ${step.path}: ${difference}`);
    }
  }
  return found;
}
