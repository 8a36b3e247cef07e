import { attempt, read } from './stream-hub.js';
import type { CloseStream } from './stream-types.js';

// `websocketState`: the WebSocket readyState.
export const CONNECTING = 0;
export const OPEN = 1;
export const CLOSING = 2;
export const CLOSED = 3;

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
