import type { CloseDescriptor } from './close-descriptor.js';

/** What the UI should show: nothing, a retry in progress, or a close that waits for the viewer. */
export type CloseStatus = 'idle' | 'reconnecting' | 'closed';

/** A close as the viewer is shown it: its descriptor plus what the socket reported. */
export interface CloseInfo extends CloseDescriptor {
  /** The server's reason, sanitized to plain text. */
  reason: string;
  /** Whether the closing handshake completed. */
  wasClean: boolean;
  /** When the close reached the page, in epoch ms. */
  at: number;
  /** What caused it: the server (or the network), or the browser's idle timeout. */
  source: CloseSource;
}

/** Who closed the socket. The page's own `disconnect()` and `reconnect()` never show a close. */
export type CloseSource = 'server' | 'idle-timeout';

/** The state a close store holds, and the hook returns. */
export interface CloseState {
  status: CloseStatus;
  /** The close being shown, or `null` while idle. */
  close: CloseInfo | null;
  /** Automatic attempts made since the last recovery. */
  attempt: number;
  /** Most automatic attempts for the current close. */
  maxAttempts: number;
  /** Epoch ms of the next automatic attempt; `null` when none is scheduled. */
  retryAt: number | null;
  /** True once automatic retries ran out. */
  gaveUp: boolean;
  /** What a due retry waits for: the browser to come online, the tab to become visible, or nothing. */
  waitingFor: 'online' | 'visible' | null;
}

/** The state before anything has closed. */
export const IDLE_STATE: CloseState = /* @__PURE__ */ Object.freeze({
  status: 'idle',
  close: null,
  attempt: 0,
  maxAttempts: 0,
  retryAt: null,
  gaveUp: false,
  waitingFor: null,
});

/** What a viewer (or the host) can do about the current close. */
export interface CloseControls {
  /** Reconnect now, in the same session. */
  reconnect(): void;
  /** Drop the stored session and connect to a fresh one. */
  newSession(): void;
  /** Hide the overlay and return to idle, without reconnecting. */
  dismiss(): void;
  /** Stop a scheduled automatic retry; the close stays shown. */
  cancelRetry(): void;
}
