import { IDLE_STATE, type CloseInfo, type CloseState } from './close-state.js';

/** Everything that can happen to a followed stream, as the store reports it to the reducer. */
export type CloseStateAction =
  /** A socket closed; `autoRetry` says whether the store may retry it, `maxAttempts` how often. */
  | { type: 'closed'; close: CloseInfo; autoRetry: boolean; maxAttempts: number }
  /** The next automatic attempt is due at `at` (epoch ms). */
  | { type: 'retry-scheduled'; at: number }
  /** A retry waits until the browser is online or the tab visible again. */
  | { type: 'retry-paused'; waitingFor: 'online' | 'visible' }
  /** An automatic attempt began. */
  | { type: 'attempt-started' }
  /** The viewer asked to reconnect or start a new session. */
  | { type: 'manual-attempt' }
  /** The stream is back (the socket stayed open, or the backend accepted the session). */
  | { type: 'recovered' }
  /** The viewer or host stopped a scheduled retry. */
  | { type: 'retry-cancelled' }
  /** The viewer dismissed the overlay. */
  | { type: 'dismissed' };

/** The pure transition function behind the close store. */
export function closeStateReducer(state: CloseState, action: CloseStateAction): CloseState {
  switch (action.type) {
    case 'closed': {
      if (action.close.category === 'transient') return state;
      const canRetry = action.autoRetry && action.close.retry === 'auto';
      const exhausted = canRetry && state.attempt >= action.maxAttempts;
      return {
        status: canRetry && !exhausted ? 'reconnecting' : 'closed',
        close: action.close,
        attempt: canRetry ? state.attempt : 0,
        maxAttempts: canRetry ? action.maxAttempts : 0,
        retryAt: null,
        gaveUp: exhausted,
        waitingFor: null,
      };
    }
    case 'retry-scheduled':
      return state.status === 'reconnecting'
        ? { ...state, retryAt: action.at, waitingFor: null }
        : state;
    case 'retry-paused':
      return state.status === 'reconnecting'
        ? { ...state, retryAt: null, waitingFor: action.waitingFor }
        : state;
    case 'attempt-started':
      return state.status === 'reconnecting'
        ? { ...state, attempt: state.attempt + 1, retryAt: null, waitingFor: null }
        : state;
    case 'manual-attempt':
      return state.close
        ? {
            ...state,
            status: 'reconnecting',
            attempt: 0,
            maxAttempts: 0,
            retryAt: null,
            gaveUp: false,
          }
        : state;
    case 'recovered':
    case 'dismissed':
      return state.status === 'idle' && state.attempt === 0 ? state : IDLE_STATE;
    case 'retry-cancelled':
      return state.status === 'reconnecting'
        ? { ...state, status: 'closed', retryAt: null }
        : state;
    default:
      return state;
  }
}
