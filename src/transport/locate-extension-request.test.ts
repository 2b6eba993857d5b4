import { describe, expect, it } from 'vitest';
import { llhttpFailIndex, locateExtensionRequest } from './locate-extension-request.js';

const locate = (raw: string, errorAt: number) => {
  const found = locateExtensionRequest(Buffer.from(raw, 'latin1'), errorAt, ['ACTION']);
  return found && { method: found.method, replay: found.replay.toString('latin1') };
};

describe('llhttpFailIndex', () => {
  it('is where llhttp stops matching a method it knows', () => {
    expect(llhttpFailIndex('ACTION')).toBe(2);
    expect(llhttpFailIndex('PATCHX')).toBe(5);
    expect(llhttpFailIndex('ZZZ')).toBe(0);
  });
});

describe('locateExtensionRequest', () => {
  it('finds an ACTION that starts the chunk', () => {
    expect(locate('ACTION /a HTTP/1.1\r\n\r\n', 2)).toEqual({ method: 'ACTION', replay: 'ACTION /a HTTP/1.1\r\n\r\n' });
  });

  it('finds an ACTION pipelined after another request, from its first byte', () => {
    expect(locate('GET / HTTP/1.1\r\n\r\nACTION /b HTTP/1.1\r\n\r\n', 20)).toEqual({
      method: 'ACTION',
      replay: 'ACTION /b HTTP/1.1\r\n\r\n',
    });
  });

  it('puts back the bytes llhttp consumed from an earlier chunk', () => {
    expect(locate('TION /c HTTP/1.1\r\n\r\n', 0)).toEqual({ method: 'ACTION', replay: 'ACTION /c HTTP/1.1\r\n\r\n' });
    expect(locate('CTION /d HTTP/1.1\r\n\r\n', 1)).toEqual({ method: 'ACTION', replay: 'ACTION /d HTTP/1.1\r\n\r\n' });
    expect(locate('T', 0)).toEqual({ method: 'ACTION', replay: 'ACT' });
  });

  it('leaves other invalid methods to Node', () => {
    expect(locate('ACTIONS /x HTTP/1.1\r\n\r\n', 2)).toBeNull();
    expect(locate('FOO /x HTTP/1.1\r\n\r\n', 0)).toBeNull();
    expect(locate('ACX /x HTTP/1.1\r\n\r\n', 2)).toBeNull();
    expect(locate('GET / HTTP/1.1\r\n\r\nXTION /y HTTP/1.1\r\n\r\n', 18)).toBeNull();
  });
});
