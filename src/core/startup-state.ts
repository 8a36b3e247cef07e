/** Where a stream is on its way to the first frame. */
export type StartupPhase =
  /** Not started, or handed over to the close state. */
  | 'idle'
  | 'connecting'
  /** Waiting in Arcware's queue for a free machine. */
  | 'queued'
  /** The backend is preparing the application (its progress letters). */
  | 'preparing'
  /** WebRTC is negotiating. */
  | 'negotiating'
  /** WebRTC is connected; the first frame has not come yet. */
  | 'waiting-for-video'
  /** The browser refused to autoplay: the viewer must start the video. */
  | 'needs-interaction'
  | 'playing'
  /** No start-up progress for `stalledAfterMs`: reconnecting usually helps. */
  | 'stalled';

/** The viewer's place in Arcware's queue; every time in ms, whatever unit the server used. */
export interface QueuePosition {
  /** 1-based. */
  position: number;
  /** Viewers in the queue, or `null` when the server sent nothing sensible. */
  length: number | null;
  estimatedWaitMs: number | null;
  waitedMs: number | null;
}

/** The state a start-up store holds, and the hook returns. */
export interface StartupState {
  phase: StartupPhase;
  /** The latest queue position while queued, else `null`. */
  queue: QueuePosition | null;
  /** The backend's latest progress text, sanitized plain text; `''` when none. */
  progress: string;
  /** When the phase began, in epoch ms. */
  since: number;
}

/** What a viewer can do during start-up. */
export interface StartupControls {
  /** Starts the video after the browser refused to autoplay it. */
  play(): void;
  /** Reconnects a stalled start-up; a close store following the same stream sees it as the page's. */
  reconnect(): void;
}

/** The state before anything has started. */
export const IDLE_STARTUP: StartupState = /* @__PURE__ */ Object.freeze({
  phase: 'idle',
  queue: null,
  progress: '',
  since: 0,
});
