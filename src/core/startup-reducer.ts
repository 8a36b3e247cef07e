import {
  IDLE_STARTUP,
  type QueuePosition,
  type StartupPhase,
  type StartupState,
} from './startup-state.js';

/** Everything that can happen on a stream's way to its first frame. */
export type StartupAction =
  /** `connect()`, the SDK's auto-connect, or a reconnect: the phases start again. */
  | { type: 'connecting'; at: number }
  /** The backend accepted the socket (a session id). */
  | { type: 'accepted'; at: number }
  | { type: 'queued'; queue: QueuePosition; at: number }
  /** A progress letter, already sanitized. */
  | { type: 'progress'; text: string; at: number }
  | { type: 'negotiating'; at: number }
  | { type: 'webrtc-connected'; at: number }
  | { type: 'autoplay-refused'; at: number }
  /** Playback started again after a refusal; `firstFrame` says whether a frame was seen. */
  | { type: 'play-started'; firstFrame: boolean; at: number }
  | { type: 'first-frame'; at: number }
  /** No start-up progress for the watchdog's time. */
  | { type: 'stalled'; at: number }
  /** The socket closed: the close state takes over. */
  | { type: 'closed' };

const ORDER: readonly StartupPhase[] = [
  'idle',
  'connecting',
  'queued',
  'preparing',
  'negotiating',
  'waiting-for-video',
];

/** The phases a start-up can stall in: the watchdog runs only in these. */
export const STALLABLE: readonly StartupPhase[] = [
  'connecting',
  'preparing',
  'negotiating',
  'waiting-for-video',
];

/** Whether the stream is still on its way (a later signal can move it on). */
const starting = (phase: StartupPhase): boolean => ORDER.includes(phase) || phase === 'stalled';

const enter = (
  state: StartupState,
  phase: StartupPhase,
  at: number,
  extra: Partial<StartupState> = {},
): StartupState => ({ ...state, phase, since: at, ...extra });

/** The pure transition function behind the start-up store. */
export function startupReducer(state: StartupState, action: StartupAction): StartupState {
  switch (action.type) {
    case 'connecting':
      return enter(IDLE_STARTUP, 'connecting', action.at);
    case 'accepted':
      return state.phase === 'connecting' ? enter(state, 'preparing', action.at) : state;
    case 'queued':
      if (!starting(state.phase) || ORDER.indexOf(state.phase) > ORDER.indexOf('preparing'))
        return state;
      return state.phase === 'queued'
        ? { ...state, queue: action.queue }
        : enter(state, 'queued', action.at, { queue: action.queue });
    case 'progress':
      if (!starting(state.phase) || ORDER.indexOf(state.phase) > ORDER.indexOf('preparing'))
        return state;
      return enter(state, 'preparing', state.phase === 'preparing' ? state.since : action.at, {
        queue: null,
        progress: action.text,
      });
    case 'negotiating':
      return starting(state.phase)
        ? enter(state, 'negotiating', action.at, { queue: null })
        : state;
    case 'webrtc-connected':
      return starting(state.phase) ? enter(state, 'waiting-for-video', action.at) : state;
    case 'autoplay-refused':
      return state.phase === 'idle' ? state : enter(state, 'needs-interaction', action.at);
    case 'play-started':
      return state.phase === 'needs-interaction'
        ? enter(state, action.firstFrame ? 'playing' : 'waiting-for-video', action.at)
        : state;
    case 'first-frame':
      return state.phase === 'needs-interaction' || state.phase === 'playing'
        ? state
        : enter(state, 'playing', action.at, { queue: null });
    case 'stalled':
      return STALLABLE.includes(state.phase) ? enter(state, 'stalled', action.at) : state;
    case 'closed':
      return IDLE_STARTUP;
    default:
      return state;
  }
}
