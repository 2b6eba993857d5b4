import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';

/**
 * The stream Node's HTTP server is given instead of a client's TCP socket (the documented way to inject a
 * connection: `server.emit('connection', duplex)` takes any Duplex). What the client sends reaches it only
 * through `deliver`, after the framer; what Node writes goes straight on to the socket. Timeouts, address
 * and the socket options are the socket's own.
 */
export class BridgedSocket extends Duplex {
  constructor(readonly socket: Socket) {
    super({ allowHalfOpen: true });
    socket.on('timeout', () => this.emit('timeout'));
    socket.on('drain', () => this.emit('drain'));
    socket.on('error', (error) => this.destroy(error));
    socket.on('close', () => this.destroy());
  }

  /** Bytes from the client (already framed) for Node's parser; pauses the socket when Node falls behind. */
  deliver(bytes: Buffer): void {
    if (this.destroyed || this.readableEnded) return;
    if (!this.push(bytes)) this.socket.pause();
  }

  /** The client sent FIN. */
  endOfInput(): void {
    if (!this.destroyed && !this.readableEnded) this.push(null);
  }

  override _read(): void {
    if (!this.socket.destroyed) this.socket.resume();
  }

  /**
   * Node's writes go straight to the socket, with its callbacks and backpressure: the bridge's own write
   * buffer would be a second copy of the socket's. Only `end()` passes through the bridge (to `_final`).
   */
  override write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
    if (!this.writable) return super.write(chunk, encoding as BufferEncoding, callback as () => void);
    return this.socket.write(chunk as Buffer, encoding as BufferEncoding, callback as () => void);
  }

  override cork(): void {
    this.socket.cork();
  }

  override uncork(): void {
    this.socket.uncork();
  }

  /** Only reached by `end(chunk)`. */
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.socket.write(chunk, callback);
  }

  /** Ends the socket, and finishes once the socket has flushed everything. */
  override _final(callback: (error?: Error | null) => void): void {
    if (this.socket.writableFinished) callback();
    else this.socket.end(() => callback());
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.socket.destroyed) this.socket.destroy();
    callback(error);
  }

  /** Like net.Socket's: end, then destroy once written. Node's server calls it after a last response. */
  destroySoon(): void {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  setTimeout(ms: number, callback?: () => void): this {
    this.socket.setTimeout(ms);
    if (callback) this.once('timeout', callback);
    return this;
  }

  setNoDelay(noDelay?: boolean): this {
    this.socket.setNoDelay(noDelay);
    return this;
  }

  setKeepAlive(enable?: boolean, initialDelay?: number): this {
    this.socket.setKeepAlive(enable, initialDelay);
    return this;
  }

  ref(): this {
    this.socket.ref();
    return this;
  }

  unref(): this {
    this.socket.unref();
    return this;
  }

  address() {
    return this.socket.address();
  }

  get remoteAddress() {
    return this.socket.remoteAddress;
  }

  get remotePort() {
    return this.socket.remotePort;
  }

  get remoteFamily() {
    return this.socket.remoteFamily;
  }

  get localAddress() {
    return this.socket.localAddress;
  }

  get localPort() {
    return this.socket.localPort;
  }

  get timeout() {
    return this.socket.timeout;
  }
}

/** What Node reads of the bridge's write side is the socket's, as the writes go there. */
for (const name of ['writableLength', 'writableNeedDrain', 'writableCorked', 'writableHighWaterMark'] as const) {
  Object.defineProperty(BridgedSocket.prototype, name, {
    get(this: BridgedSocket) {
      return this.socket[name];
    },
  });
}
