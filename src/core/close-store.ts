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
import {
  clearStoredSession,
  linkStream,
  releaseStuckReconnect,
  socketLive,
} from './stream-link.js';
import type { CloseStream } from './stream-types.js';

export type { CloseReport, CloseStoreOptions } from './close-store-options.js';

/** A framework-free store of one stream's close state. */
export interface CloseStore extends CloseControls {
  /** Adds a listener; the first one attaches to the stream, the last one to leave detaches. */
  subscribe(listener: () => void): () => void;
  /** The current state; the same object until something changes. */
  getSnapshot(): CloseState;
  /** Replaces the options used from the next close on. */
  setOptions(options: CloseStoreOptions | undefined): void;
  /** Detaches for good: no listener, no timer, no further updates. */
  destroy(): void;
}

/**
 * Follows one Arcware stream (`null` while it does not exist yet) and reduces its socket's
 * closes into `CloseState`, retrying `retry: 'auto'` closes with full-jitter backoff.
 */
export function createCloseStore(
  stream: CloseStream | null | undefined,
  initialOptions?: CloseStoreOptions,
): CloseStore {
  let options: CloseStoreOptions = initialOptions ?? {};
  let describe = createDescriber(options.policy);
  let state: CloseState = IDLE_STATE;
  const listeners = new Set<() => void>();
  const isRepeat = createCloseDeduper();
  const causes = createCloseCauseTracker();
  let unlink: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let recoveredTimer: ReturnType<typeof setTimeout> | undefined;
  let ownReconnect = false;
  let destroyed = false;

  const now = (): number => (options.now ?? Date.now)();

  function dispatch(action: CloseStateAction): void {
    const next = closeStateReducer(state, action);
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function stopTimers(): void {
    clearTimeout(retryTimer);
    clearTimeout(recoveredTimer);
    retryTimer = recoveredTimer = undefined;
  }

  function report(close: CloseInfo, attempt: number): void {
    if (typeof options.onClose !== 'function') return;
    try {
      options.onClose(toCloseReport(close, attempt, options.includeReason === true));
    } catch (error) {
      console.error('[react-arcware-close] onClose threw:', error);
    }
  }

  function onClose(event: unknown, channel: CloseChannel): void {
    if (isRepeat(event, channel)) return;
    clearTimeout(recoveredTimer);
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
      autoRetry: autoRetry(),
      maxAttempts: attemptLimit(options, info),
    });
    if (state === before) return;
    clearTimeout(retryTimer);
    if (state.status === 'reconnecting') scheduleRetry();
  }

  const autoRetry = (): boolean => options.autoReconnect !== false;

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
  }

  function onGateChange(): void {
    if (state.status === 'reconnecting' && state.waitingFor && !retryBlockedBy()) runAttempt();
  }

  function markRecovered(): void {
    clearTimeout(retryTimer);
    dispatch({ type: 'recovered' });
  }

  function attach(): void {
    if (!stream || unlink) return;
    const unlinkStream = linkStream(stream, {
      close: onClose,
      opened() {
        causes.opened();
        if (state.status === 'idle') return;
        const wait = options.recoveredAfterMs ?? DEFAULT_RECOVERED_AFTER_MS;
        clearTimeout(recoveredTimer);
        recoveredTimer = setTimeout(markRecovered, wait);
      },
      serverError: causes.serverError,
      sessionId: markRecovered,
      idleTimeout: causes.idleTimeout,
      pageReconnect(live) {
        if (live) causes.pageReconnect();
        if (!ownReconnect) manualAttempt();
      },
      pageDisconnect(live) {
        if (live) causes.pageDisconnect();
        else dismiss();
      },
    });
    const unwatchGate = watchRetryGate(onGateChange);
    unlink = () => {
      unlinkStream();
      unwatchGate();
    };
    resume();
  }

  /** After a detach (StrictMode's trial unmount), picks a pending retry up again. */
  function resume(): void {
    if (state.status !== 'reconnecting' || retryTimer) return;
    if (state.waitingFor) return onGateChange();
    if (state.retryAt !== null)
      retryTimer = setTimeout(runAttempt, Math.max(0, state.retryAt - now()));
  }

  function detach(): void {
    unlink?.();
    unlink = null;
    stopTimers();
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
    subscribe(listener) {
      if (destroyed) return () => {};
      listeners.add(listener);
      if (listeners.size === 1) attach();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) detach();
      };
    },
    getSnapshot: () => state,
    setOptions(next) {
      if (next?.policy !== options.policy) describe = createDescriber(next?.policy);
      options = next ?? {};
    },
    reconnect() {
      if (destroyed) return;
      manualAttempt();
      reconnectStream(false);
    },
    newSession() {
      if (destroyed) return;
      manualAttempt();
      reconnectStream(true);
    },
    dismiss,
    cancelRetry() {
      clearTimeout(retryTimer);
      retryTimer = undefined;
      dispatch({ type: 'retry-cancelled' });
    },
    destroy() {
      destroyed = true;
      listeners.clear();
      detach();
    },
  };
}
