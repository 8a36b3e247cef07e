import { createEngineBase, type SharedEngine } from './follower.js';
import { sanitizeCloseReason } from './sanitize-close-reason.js';
import { readQueue } from './startup-queue.js';
import { STALLABLE, startupReducer, type StartupAction } from './startup-reducer.js';
import { IDLE_STARTUP, type StartupControls, type StartupState } from './startup-state.js';
import { attempt, field, listen, type SignalSource } from './stream-hub.js';
import {
  CLOSED,
  CLOSING,
  CONNECTING,
  OPEN,
  readSocketState,
  releaseStuckReconnect,
  socketLive,
} from './stream-link.js';
import type { CloseStream } from './stream-types.js';

/** Options of `createStartupStore` (and of `useArcwareStartupState`). */
export interface StartupStoreOptions {
  /** How long start-up may go without progress before it counts as stalled, in ms. Default 60 000. */
  stalledAfterMs?: number;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
}

/** The one start-up state and watchdog of a stream, shared by all of its followers. */
export interface StartupEngine
  extends SharedEngine<StartupState, StartupStoreOptions>, StartupControls {}

/** The watchdog's time when no follower sets one. */
const DEFAULT_STALLED_AFTER_MS = 60_000;

/** An action before the engine stamps it with the time. */
type Step = StartupAction extends infer A ? (A extends { at: number } ? Omit<A, 'at'> : A) : never;

const LETTER_PREFIX = 'LL: ';

/** A progress letter's text without its `LL: ` prefix, as plain text; `''` when it is not one. */
function letterText(letter: unknown): string {
  const reason = field(letter, 'reason');
  if (typeof reason !== 'string') return '';
  return sanitizeCloseReason(
    reason.startsWith(LETTER_PREFIX) ? reason.slice(LETTER_PREFIX.length) : reason,
  );
}

/** Follows one stream's start-up signals and reduces them to one phase, with a watchdog. */
export function createStartupEngine(stream: CloseStream | null | undefined): StartupEngine {
  let state: StartupState = IDLE_STARTUP;
  const base = createEngineBase(() => state, { attach, detach: rearm, options: optionsChanged });
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let firstFrame = false;
  // A page `reconnect()` is replacing a live socket: its close is the page's own, not a hand-over.
  let replacing = false;
  let stalledAfterMs = DEFAULT_STALLED_AFTER_MS;
  let now = Date.now;

  const dispatch = (action: Step): void => {
    const before = state;
    state = startupReducer(state, { at: now(), ...action } as StartupAction);
    if (state === before) return;
    // Every step of progress (a phase entered again included) re-arms the watchdog; it runs only
    // while the viewer waits on us.
    if (
      state.phase !== before.phase ||
      state.progress !== before.progress ||
      state.since !== before.since
    )
      rearm();
    base.notify();
  };

  function rearm(): void {
    clearTimeout(watchdog);
    watchdog = undefined;
    if (!base.attached() || !STALLABLE.includes(state.phase) || !(stalledAfterMs < Infinity))
      return;
    watchdog = setTimeout(() => dispatch({ type: 'stalled' }), stalledAfterMs);
  }

  const to = (type: Step['type']) => () => dispatch({ type } as Step);

  /** A new socket is on its way: the phases start again, with no frame seen on it yet. */
  const connecting = (): void => {
    replacing = false;
    firstFrame = false;
    dispatch({ type: 'connecting' });
  };

  const framed = (): void => {
    firstFrame = true;
    dispatch({ type: 'first-frame' });
  };

  const closed = (): void => {
    // The close of the socket a page `reconnect()` replaces: the SDK opens the next one ~2 s later
    // (`webRtcAutoConnect`); until then the viewer keeps what they see, as the close state does.
    if (replacing) return;
    firstFrame = false;
    dispatch({ type: 'closed' });
  };

  function attach(): () => void {
    if (!stream) return () => {};
    const on = (source: SignalSource, name: string, action: (value: unknown) => void) =>
      listen(stream, source, name, action);
    const links = [
      on('event', 'streamConnect', connecting),
      on('event', 'webRtcAutoConnect', connecting),
      on('event', 'streamReconnect', () => {
        replacing = socketLive(stream);
        // A reconnect of a playing stream keeps the picture until its socket is replaced.
        if (state.phase !== 'playing') dispatch({ type: 'connecting' });
      }),
      on('hub', 'sessionIdHandler', to('accepted')),
      on('hub', 'queueHandler', (message) => {
        const queue = readQueue(message);
        if (queue) dispatch({ type: 'queued', queue });
      }),
      on('hub', 'loveLetterHandler', (letter) => {
        const text = letterText(letter);
        if (text) dispatch({ type: 'progress', text });
      }),
      on('event', 'webRtcSdp', to('negotiating')),
      on('event', 'webRtcConnected', to('webrtc-connected')),
      on('event', 'playStreamRejected', to('autoplay-refused')),
      on('event', 'playStream', () => dispatch({ type: 'play-started', firstFrame })),
      on('hub', 'videoInitializedHandler', framed),
      // The SDK's hub fires once per player (only reconnect() re-arms it); Epic's event every time.
      on('event', 'videoInitialized', framed),
      on('transport', 'close', closed),
      on('hub', 'websocketOnCloseHandler', closed),
    ];
    catchUp(stream);
    rearm();
    return () => links.forEach((remove) => remove());
  }

  /**
   * `streamConnect` fires inside `connect()`, and nothing is heard while no follower listens: a
   * follower that comes (back) later reads where the stream is.
   */
  function catchUp(stream: CloseStream): void {
    const socket = readSocketState(stream);
    const sent = field(stream, 'videoInitializedSent');
    if (socket === CLOSING || socket === CLOSED) {
      closed();
    } else if (sent === true && socket !== CONNECTING) {
      framed();
    } else if (socket === CONNECTING || socket === OPEN) {
      // Idle, or playing on a socket that was replaced while nobody listened.
      const replaced = sent === false || socket === CONNECTING;
      if (state.phase === 'idle' || (state.phase === 'playing' && replaced)) connecting();
    }
  }

  function optionsChanged(all: StartupStoreOptions[]): void {
    const given = all
      .map((options) => options.stalledAfterMs)
      .filter((ms): ms is number => typeof ms === 'number' && ms > 0);
    // The most patient watchdog any follower asks for: one follower cannot rush the others.
    stalledAfterMs = given.length > 0 ? Math.max(...given) : DEFAULT_STALLED_AFTER_MS;
    now = all.find((options) => typeof options.now === 'function')?.now ?? Date.now;
  }

  return {
    ...base.engine,
    play: () => attempt(() => (stream as { play?: () => unknown } | null)?.play?.()),
    reconnect() {
      if (!stream) return;
      attempt(() => stream.reconnect());
      // Without a close store following, nothing else clears Epic's stuck auto-reconnect.
      releaseStuckReconnect(stream);
    },
  };
}
