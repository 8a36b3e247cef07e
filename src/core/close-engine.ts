import {
  createCloseCauseTracker,
  createCloseDeduper,
  readCloseEvent,
  createDescriber,
  toCloseInfo,
  type CloseChannel,
} from './close-events.js';
import { closeStateReducer, type CloseStateAction } from './close-state-reducer.js';
import {
  attemptLimit,
  DEFAULT_RECOVERED_AFTER_MS,
  toCloseReport,
  type CloseStoreOptions,
} from './close-store-options.js';
import { IDLE_STATE, type CloseControls, type CloseInfo, type CloseState } from './close-state.js';
import { DEFAULT_BACKOFF, reconnectDelay } from './reconnect-delay.js';
import { retryBlockedBy, watchRetryGate } from './retry-gate.js';
import { createEngineBase, type SharedEngine } from './follower.js';
import { optionsInForce, warnOnRetryConflict } from './shared-options.js';
import { listen, type SignalSource } from './stream-hub.js';
import {
  clearStoredSession,
  hasTransport,
  OPEN,
  readSocketState,
  releaseStuckReconnect,
  socketLive,
} from './stream-link.js';
import type { CloseStream } from './stream-types.js';

/** The one close state and retry schedule of a stream, shared by all of its followers. */
export interface CloseEngine extends SharedEngine<CloseState, CloseStoreOptions>, CloseControls {}

// How often a stream without a transport is asked whether its new socket is open.
const POLL_MS = 250;

/**
 * Follows one Arcware stream (`null` while it does not exist yet) and reduces its socket's
 * closes into `CloseState`, retrying `retry: 'auto'` closes with jittered backoff.
 */
export function createCloseEngine(stream: CloseStream | null | undefined): CloseEngine {
  let options: CloseStoreOptions = {};
  const base = createEngineBase(() => state, {
    attach,
    detach: stopTimers,
    options: optionsChanged,
  });
  let describe = createDescriber(undefined);
  let state: CloseState = IDLE_STATE;
  const isRepeat = createCloseDeduper();
  const causes = createCloseCauseTracker();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let recoveredTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let ownReconnect = false;

  const now = (): number => (options.now ?? Date.now)();

  function dispatch(action: CloseStateAction): void {
    const next = closeStateReducer(state, action);
    if (next === state) return;
    state = next;
    base.notify();
  }

  function stopTimers(): void {
    clearTimeout(retryTimer);
    clearTimeout(recoveredTimer);
    clearTimeout(pollTimer);
    retryTimer = recoveredTimer = pollTimer = undefined;
  }

  function optionsChanged(all: CloseStoreOptions[]): void {
    const next = optionsInForce(all);
    try {
      if (process.env.NODE_ENV !== 'production') warnOnRetryConflict(all, next);
    } catch {
      // no bundler and no `process`: production behaviour, no warning
    }
    if (next.policy !== options.policy) describe = createDescriber(next.policy);
    options = next;
  }

  /** Tells each follower's monitoring once; the same callback passed twice is called once. */
  function report(close: CloseInfo, attempt: number): void {
    const told = new Set<unknown>();
    for (const { options: own } of [...base.members]) {
      if (typeof own.onClose !== 'function' || told.has(own.onClose)) continue;
      told.add(own.onClose);
      try {
        own.onClose(toCloseReport(close, attempt, own.includeReason === true));
      } catch (error) {
        console.error('[react-arcware-close] onClose threw:', error);
      }
    }
  }

  function onClose(event: unknown, channel: CloseChannel): void {
    if (isRepeat(event, channel)) return;
    clearTimeout(recoveredTimer);
    clearTimeout(pollTimer);
    const close = causes.take(readCloseEvent(event));
    if (close.cause === 'page-reconnect') return;
    if (close.cause === 'page-disconnect') return dismiss();
    const info = toCloseInfo(close, describe, now());
    const attempt = state.attempt;
    afterClose(info);
    report(info, attempt);
  }

  function afterClose(info: CloseInfo): void {
    const before = state;
    dispatch({
      type: 'closed',
      close: info,
      autoRetry: options.autoReconnect !== false,
      maxAttempts: attemptLimit(options, info),
    });
    if (state === before) return;
    clearTimeout(retryTimer);
    if (state.status === 'reconnecting') scheduleRetry();
  }

  function scheduleRetry(): void {
    const waitingFor = retryBlockedBy();
    if (waitingFor) return dispatch({ type: 'retry-paused', waitingFor });
    const scale = state.close?.backoffScale ?? 1;
    const initialMs = (options.backoff?.initialMs ?? DEFAULT_BACKOFF.initialMs) * scale;
    const backoff = { initialMs, maxMs: options.backoff?.maxMs ?? DEFAULT_BACKOFF.maxMs };
    const delay = reconnectDelay(state.attempt, backoff, options.random ?? Math.random);
    dispatch({ type: 'retry-scheduled', at: now() + delay });
    retryTimer = setTimeout(runAttempt, delay);
  }

  function runAttempt(): void {
    retryTimer = undefined;
    if (state.status !== 'reconnecting' || !state.close) return;
    const waitingFor = retryBlockedBy();
    if (waitingFor) return dispatch({ type: 'retry-paused', waitingFor });
    dispatch({ type: 'attempt-started' });
    reconnectStream(state.close.recovery === 'new-session');
  }

  function reconnectStream(fresh: boolean): void {
    if (!stream) return;
    if (fresh) clearStoredSession(stream);
    if (socketLive(stream)) causes.pageReconnect();
    ownReconnect = true;
    try {
      stream.reconnect();
    } catch {
      // The SDK refused (torn down): count it as a failed attempt, the schedule goes on.
      if (state.close) afterClose({ ...state.close, at: now() });
    } finally {
      ownReconnect = false;
    }
    releaseStuckReconnect(stream);
    if (!hasTransport(stream)) pollForOpen();
  }

  /** Without a transport there is no `'open'` event: read `websocketState` until it is OPEN. */
  function pollForOpen(): void {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(() => {
      pollTimer = undefined;
      if (state.status === 'idle' || !stream || !base.attached()) return;
      if (readSocketState(stream) === OPEN) socketOpened();
      else pollForOpen();
    }, POLL_MS);
  }

  /** A new socket opened: once it stays open long enough, the stream counts as recovered. */
  function socketOpened(): void {
    if (state.status === 'idle') return;
    const wait = options.recoveredAfterMs ?? DEFAULT_RECOVERED_AFTER_MS;
    clearTimeout(recoveredTimer);
    recoveredTimer = setTimeout(markRecovered, wait);
  }

  function onGateChange(): void {
    if (state.status === 'reconnecting' && state.waitingFor && !retryBlockedBy()) runAttempt();
  }

  function markRecovered(): void {
    clearTimeout(retryTimer);
    clearTimeout(pollTimer);
    dispatch({ type: 'recovered' });
  }

  /**
   * Follows the stream: the close hub and the transport's `'close'` (which also sees the early
   * closes the hub misses), server errors, session ids, the idle timeout and the page's own calls.
   */
  function attach(): () => void {
    if (!stream) return () => {};
    const on = (source: SignalSource, name: string, handle: (value: unknown) => void) =>
      listen(stream, source, name, handle);
    const links = [
      on('transport', 'close', (event) => onClose(event, 'transport')),
      on('transport', 'open', () => {
        causes.opened();
        socketOpened();
      }),
      on('hub', 'websocketOnCloseHandler', (event) => onClose(event, 'hub')),
      on('hub', 'errorHandler', causes.serverError),
      on('hub', 'sessionIdHandler', markRecovered),
      on('event', 'afkTimedOut', causes.idleTimeout),
      on('event', 'streamReconnect', () => {
        if (socketLive(stream)) causes.pageReconnect();
        if (!ownReconnect) manualAttempt();
        queueMicrotask(() => releaseStuckReconnect(stream));
      }),
      on('event', 'streamDisconnect', () => {
        if (socketLive(stream)) causes.pageDisconnect();
        else dismiss();
      }),
    ];
    releaseStuckReconnect(stream);
    links.push(watchRetryGate(onGateChange));
    resume();
    return () => links.forEach((remove) => remove());
  }

  /** After every follower left and one came back (StrictMode's trial unmount), picks a pending retry up. */
  function resume(): void {
    if (state.status !== 'reconnecting' || retryTimer) return;
    if (state.waitingFor) return onGateChange();
    if (state.retryAt !== null)
      retryTimer = setTimeout(runAttempt, Math.max(0, state.retryAt - now()));
    else if (stream && !hasTransport(stream)) pollForOpen();
  }

  function manualAttempt(): void {
    stopTimers();
    dispatch({ type: 'manual-attempt' });
  }

  function dismiss(): void {
    stopTimers();
    dispatch({ type: 'dismissed' });
  }

  return {
    ...base.engine,
    reconnect() {
      manualAttempt();
      reconnectStream(false);
    },
    newSession() {
      manualAttempt();
      reconnectStream(true);
    },
    dismiss,
    cancelRetry() {
      clearTimeout(retryTimer);
      retryTimer = undefined;
      dispatch({ type: 'retry-cancelled' });
    },
  };
}
