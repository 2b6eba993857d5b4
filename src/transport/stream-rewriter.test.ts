import { describe, expect, it } from 'vitest';
import { createStreamRewriter } from './stream-rewriter.js';

const chunk = (text: string) => Buffer.from(text, 'latin1');
const text = (bytes: Buffer | null) => bytes?.toString('latin1') ?? null;

describe('createStreamRewriter', () => {
  it('hands back the very chunk when nothing is held or edited', () => {
    const rewriter = createStreamRewriter();
    const input = chunk('GET / HTTP/1.1\r\n\r\n');
    rewriter.begin(input);
    expect(rewriter.finish()).toBe(input);
  });

  it('holds bytes across chunks and lets an edit reach back into them', () => {
    const rewriter = createStreamRewriter();
    rewriter.begin(chunk('xxAC'));
    rewriter.hold(2);
    expect(text(rewriter.finish())).toBe('xx');
    rewriter.begin(chunk('TION /'));
    rewriter.replace(2, 9, chunk('SOURCE '));
    rewriter.release();
    expect(text(rewriter.finish())).toBe('SOURCE /');
  });

  it('inserts at the point where a hold begins, before the held bytes', () => {
    const rewriter = createStreamRewriter();
    rewriter.begin(chunk('line\r\nConte'));
    rewriter.replace(6, 6, chunk('marker\r\n'));
    rewriter.hold(6);
    expect(text(rewriter.finish())).toBe('line\r\nmarker\r\n');
    rewriter.begin(chunk('nt-Length: 0\r\n'));
    rewriter.release();
    expect(text(rewriter.finish())).toBe('Content-Length: 0\r\n');
  });

  it('never forwards held bytes after a stop, nor anything later', () => {
    const rewriter = createStreamRewriter();
    rewriter.begin(chunk('ok\r\nContent-Len'));
    rewriter.hold(4);
    expect(text(rewriter.finish())).toBe('ok\r\n');
    rewriter.begin(chunk('gth: 1\r\nContent-Length: 2\r\n'));
    rewriter.stop(30);
    expect(rewriter.finish()).toBeNull();
    rewriter.begin(chunk('more'));
    expect(rewriter.finish()).toBeNull();
    expect(rewriter.drain()).toBeNull();
  });

  it('gives back the held bytes, unedited, at the end of input', () => {
    const rewriter = createStreamRewriter();
    rewriter.begin(chunk('ACT'));
    rewriter.hold(0);
    expect(rewriter.finish()).toBeNull();
    rewriter.begin(chunk('I'));
    expect(rewriter.finish()).toBeNull();
    expect(text(rewriter.drain())).toBe('ACTI');
  });
});
