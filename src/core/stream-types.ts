/** The part of an SDK event hub (`EventHandler<T>`) the store uses. */
export interface EventHub<T> {
  add(callback: (value: T) => void): unknown;
  remove(callback: (value: T) => void): unknown;
}

/** The part of Epic's `WebSocketTransport` (an EventEmitter) the store uses. */
export interface TransportLike {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off?(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener?(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** A server `error` message as the SDK's `errorHandler` hands it over. */
export interface StreamErrorMessage {
  code?: unknown;
  reason?: unknown;
}

/** A socket close as the hub hands it over; typed without the DOM lib so Node consumers compile. */
export interface CloseEventLike {
  code?: unknown;
  reason?: unknown;
  wasClean?: unknown;
}

/**
 * An Arcware stream as the close store sees it, typed structurally: `ArcwarePixelStreaming`
 * (`ArcwareInit(...).PixelStreaming`) fits, and so does any object with a close hub,
 * `reconnect()` and `websocketState` (read to tell when a new socket is open when there is no
 * transport). Everything optional is used when present.
 */
export interface CloseStream {
  websocketOnCloseHandler: EventHub<CloseEventLike>;
  reconnect(): unknown;
  /** The socket's `readyState`: 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly websocketState: number;
  errorHandler?: EventHub<StreamErrorMessage>;
  sessionIdHandler?: EventHub<string>;
  connect?(): unknown;
  disconnect?(): unknown;
  webRtcController?: { transport?: TransportLike | null } | null;
  addEventListener?(type: string, listener: (event: unknown) => void): unknown;
  removeEventListener?(type: string, listener: (event: unknown) => void): unknown;
}
