import type { CloseStream, EventHub } from '../../src/core/stream-types.js';

/** An `EventHandler<T>` with the SDK's add/remove semantics, plus a way to emit. */
export class Hub<T> implements EventHub<T> {
  callbacks: Array<(value: T) => void> = [];
  add(callback: (value: T) => void): ((value: T) => void) | null {
    if (this.callbacks.includes(callback)) return null;
    this.callbacks.push(callback);
    return callback;
  }
  remove(callback: (value: T) => void): boolean {
    const index = this.callbacks.indexOf(callback);
    if (index >= 0) this.callbacks.splice(index, 1);
    return index >= 0;
  }
  emit(value: T): void {
    for (const callback of [...this.callbacks]) callback(value);
  }
}

/** A transport with Epic's `on/off` and an emitter for tests. */
export class Transport {
  listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  off(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((entry) => entry !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
  count(): number {
    return [...this.listeners.values()].reduce((sum, list) => sum + list.length, 0);
  }
}

/**
 * A scripted stand-in for unit tests of the store's timing: it has the SDK's shape, and a test
 * drives it by hand. Real-SDK behaviour is proven in test/react against the real package.
 */
export class ScriptedStream implements CloseStream {
  static cleared = 0;
  static clearSessionId(): void {
    ScriptedStream.cleared += 1;
  }
  websocketOnCloseHandler = new Hub<CloseEvent>();
  errorHandler = new Hub<{ code?: unknown; reason?: unknown }>();
  sessionIdHandler = new Hub<string>();
  webRtcController = { transport: new Transport(), forceReconnect: false };
  websocketState = 3;
  events = new Map<string, Array<(event: unknown) => void>>();
  reconnects = 0;
  reconnect(): void {
    this.reconnects += 1;
    this.fire('streamReconnect');
  }
  disconnect(): void {
    this.fire('streamDisconnect');
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.events.set(type, [...(this.events.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: (event: unknown) => void): void {
    this.events.set(
      type,
      (this.events.get(type) ?? []).filter((entry) => entry !== listener),
    );
  }
  fire(type: string): void {
    for (const listener of [...(this.events.get(type) ?? [])]) listener({ type });
  }
  /** A close as the real SDK delivers it: transport first, then the close hub, same object. */
  close(code: unknown, reason: unknown = '', wasClean = true): void {
    const event = { code, reason, wasClean } as unknown as CloseEvent;
    this.websocketState = 3;
    this.webRtcController.transport.emit('close', event);
    this.websocketOnCloseHandler.emit(event);
  }
  open(): void {
    this.websocketState = 1;
    this.webRtcController.transport.emit('open');
  }
  /** Listeners the store could have left behind, on every hub, the transport and the events. */
  listenerCount(): number {
    const events = [...this.events.values()].reduce((sum, list) => sum + list.length, 0);
    return (
      this.websocketOnCloseHandler.callbacks.length +
      this.errorHandler.callbacks.length +
      this.sessionIdHandler.callbacks.length +
      this.webRtcController.transport.count() +
      events
    );
  }
}
