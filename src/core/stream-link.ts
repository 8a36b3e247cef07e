import type { CloseChannel } from './close-events.js';
import type { CloseStream, EventHub, TransportLike } from './stream-types.js';

/** What the store hears from a followed stream. */
export interface StreamSignals {
  /** A socket closed; the same event may come twice (transport and close hub). */
  close(event: unknown, channel: CloseChannel): void;
  opened(): void;
  serverError(message: unknown): void;
  sessionId(): void;
  idleTimeout(): void;
  /** The page called `reconnect()`; `socketLive` says whether a socket was there to close. */
  pageReconnect(socketLive: boolean): void;
  /** The page called `disconnect()`; `socketLive` says whether a socket was there to close. */
  pageDisconnect(socketLive: boolean): void;
}

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;

const attempt = (fn: () => unknown): void => {
  try {
    fn();
  } catch {
    // A half-torn-down stream may throw; following it must not.
  }
};

const read = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

/** The stream's `websocketState`, or `undefined` where it cannot be read. */
export const readSocketState = (stream: CloseStream): unknown => read(() => stream.websocketState);

/** Whether the stream has a socket that a `disconnect()` or `reconnect()` would close. */
export function socketLive(stream: CloseStream): boolean {
  const state = readSocketState(stream);
  return state === CONNECTING || state === OPEN;
}

/** Whether the stream has Epic's transport, whose `'open'` tells of each new socket. */
export const hasTransport = (stream: CloseStream): boolean =>
  typeof read(() => stream.webRtcController?.transport)?.on === 'function';

/**
 * A `reconnect()` on a closed socket leaves Epic's `forceReconnect` set, and the next close (even
 * a terminal one) then reconnects by itself after 2 s. Only a socket that is CLOSING still needs it.
 */
export function releaseStuckReconnect(stream: CloseStream): void {
  const controller = read(() => stream.webRtcController) as { forceReconnect?: unknown } | null;
  if (!controller || controller.forceReconnect !== true) return;
  if (readSocketState(stream) === CLOSING) return;
  attempt(() => (controller.forceReconnect = false));
}

/** Drops the stored session like `ArcwarePixelStreaming.clearSessionId()`, custom keys included. */
export function clearStoredSession(stream: CloseStream): void {
  const type = read(() => stream.constructor) as { clearSessionId?: unknown } | undefined;
  if (typeof type?.clearSessionId === 'function')
    attempt(() => (type.clearSessionId as () => void)());
  const session = read(() => (stream as { session?: { unset?: unknown } }).session);
  if (typeof session?.unset === 'function')
    attempt(() => (session.unset as () => void).call(session));
}

function onHub<T>(hub: EventHub<T> | undefined, callback: (value: T) => void): () => void {
  if (!hub || typeof hub.add !== 'function') return () => {};
  attempt(() => hub.add(callback));
  return () => attempt(() => hub.remove(callback));
}

function onTransport(
  transport: TransportLike | null | undefined,
  event: string,
  listener: (...args: unknown[]) => void,
): () => void {
  if (!transport || typeof transport.on !== 'function') return () => {};
  attempt(() => transport.on(event, listener));
  return () =>
    attempt(() => (transport.off ?? transport.removeListener)?.call(transport, event, listener));
}

function onStreamEvent(stream: CloseStream, type: string, listener: () => void): () => void {
  if (typeof stream.addEventListener !== 'function') return () => {};
  attempt(() => stream.addEventListener?.(type, listener));
  return () => attempt(() => stream.removeEventListener?.(type, listener));
}

/**
 * Follows a stream: the close hub and the transport's `'close'` (which also sees the early closes
 * the hub misses), server errors, session ids, the idle timeout and the page's own calls.
 * Returns the function that removes every listener it added.
 */
export function linkStream(stream: CloseStream, signals: StreamSignals): () => void {
  const transport = read(() => stream.webRtcController?.transport);
  const onTransportClose = (event: unknown): void => signals.close(event, 'transport');
  const onHubClose = (event: unknown): void => signals.close(event, 'hub');
  const onOpen = (): void => signals.opened();
  const onReconnect = (): void => {
    signals.pageReconnect(socketLive(stream));
    queueMicrotask(() => releaseStuckReconnect(stream));
  };
  const onDisconnect = (): void => signals.pageDisconnect(socketLive(stream));
  const unlink = [
    onTransport(transport, 'close', onTransportClose),
    onTransport(transport, 'open', onOpen),
    onHub(stream.websocketOnCloseHandler, onHubClose),
    onHub(stream.errorHandler, (message) => signals.serverError(message)),
    onHub(stream.sessionIdHandler, () => signals.sessionId()),
    onStreamEvent(stream, 'afkTimedOut', () => signals.idleTimeout()),
    onStreamEvent(stream, 'streamReconnect', onReconnect),
    onStreamEvent(stream, 'streamDisconnect', onDisconnect),
  ];
  releaseStuckReconnect(stream);
  return () => unlink.forEach((remove) => remove());
}
