import { describe, expect, it } from 'vitest';
import { createRequestFramer } from './request-framer.js';
import { createRandom, randomRequest } from './testing/random-requests.js';

describe('createRequestFramer on random pipelined traffic', () => {
  it('finds every boundary and rewrites exactly the ACTION request lines, however the bytes are split', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = createRandom(seed);
      const requests = Array.from({ length: 1 + Math.floor(next() * 5) }, () => randomRequest(next, 'm: ACTION'));
      const input = Buffer.from(requests.map((r) => r.raw).join(''), 'latin1');
      const framer = createRequestFramer({
        methods: ['ACTION'],
        maxHeaderSize: 4096,
        placeholder: 'SOURCE',
        markerLine: (m) => `m: ${m}`,
      });
      let output = '';
      for (let at = 0; at < input.length; ) {
        const size = 1 + Math.floor(next() * 24);
        output += framer.push(input.subarray(at, at + size))?.toString('latin1') ?? '';
        at += size;
      }
      expect(framer.error, `seed ${seed}`).toBeNull();
      expect(output, `seed ${seed}`).toBe(requests.map((r) => r.rewritten).join(''));
      expect(framer.messages, `seed ${seed}`).toBe(requests.length);
    }
  });
});
