import type { CloseChannel } from './close-events.js';
import { attempt, listen, read } from './stream-hub.js';
import type { CloseStream } from './stream-types.js';

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

/**
 * Follows a stream: the close hub and the transport's `'close'` (which also sees the early closes
 * the hub misses), server errors, session ids, the idle timeout and the page's own calls.
 * Returns the function that removes every listener it added.
 */
export function linkStream(stream: CloseStream, signals: StreamSignals): () => void {
  const onReconnect = (): void => {
    signals.pageReconnect(socketLive(stream));
    queueMicrotask(() => releaseStuckReconnect(stream));
  };
  const unlink = [
    listen(stream, 'transport', 'close', (event) => signals.close(event, 'transport')),
    listen(stream, 'transport', 'open', () => signals.opened()),
    listen(stream, 'hub', 'websocketOnCloseHandler', (event) => signals.close(event, 'hub')),
    listen(stream, 'hub', 'errorHandler', (message) => signals.serverError(message)),
    listen(stream, 'hub', 'sessionIdHandler', () => signals.sessionId()),
    listen(stream, 'event', 'afkTimedOut', () => signals.idleTimeout()),
    listen(stream, 'event', 'streamReconnect', onReconnect),
    listen(stream, 'event', 'streamDisconnect', () => signals.pageDisconnect(socketLive(stream))),
  ];
  releaseStuckReconnect(stream);
  return () => unlink.forEach((remove) => remove());
}
