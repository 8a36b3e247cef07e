import type { CloseAction, CloseCategory, CloseSeverity } from '../core/close-descriptor.js';
import type { CloseInfo, CloseState } from '../core/close-state.js';
import type { MessageKey } from '../locales/types.js';

/** Everything the overlay lets a viewer do: a close's actions, plus cancelling a retry and copying. */
export type OverlayAction = CloseAction | 'cancel-retry' | 'copy-details';

/** What the status line shows: a countdown, a paused retry, a running attempt, or retries spent. */
export type OverlayPhase = 'countdown' | 'waiting' | 'connecting' | 'gave-up' | 'stopped';

/** What the overlay shows for one state, before any text is looked up. */
export interface OverlayView {
  status: 'reconnecting' | 'closed';
  close: CloseInfo;
  /** The category shown: the close's own, or `'idle'` for the browser's idle timeout. */
  category: CloseCategory;
  severity: CloseSeverity;
  phase: OverlayPhase;
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  /** The buttons and links to show, primary first. */
  actions: readonly OverlayAction[];
}

const STARTS_ATTEMPT = new Set<OverlayAction>(['reconnect', 'new-session']);

/** The description key for a close: its source, its code, or the range it falls in. */
export function descriptionKey(close: CloseInfo): MessageKey {
  if (close.source === 'idle-timeout') return 'description.idleTimeout';
  if (close.known && close.code !== null) return `description.${close.code}` as MessageKey;
  const range = close.range === 'standard' ? 'reserved' : close.range;
  return `description.range.${range}`;
}

function phaseOf(state: CloseState): OverlayPhase {
  if (state.status === 'closed') return state.gaveUp ? 'gave-up' : 'stopped';
  if (state.waitingFor !== null) return 'waiting';
  return state.retryAt !== null ? 'countdown' : 'connecting';
}

function actionsFor(
  phase: OverlayPhase,
  close: CloseInfo,
  canContactSupport: boolean,
): OverlayAction[] {
  const own = close.actions.filter((action) => action !== 'contact-support' || canContactSupport);
  if (phase === 'connecting') return own.filter((action) => !STARTS_ATTEMPT.has(action));
  if (phase === 'countdown' || phase === 'waiting') return [...own, 'cancel-retry'];
  return own;
}

/**
 * Decides what the overlay shows for a state, or `null` when it shows nothing: while idle and for
 * transient closes (a socket the client itself replaced).
 */
export function overlayView(
  state: CloseState | null | undefined,
  canContactSupport: boolean,
): OverlayView | null {
  const close = state?.close;
  if (!state || !close || state.status === 'idle' || close.category === 'transient') return null;
  const phase = phaseOf(state);
  const category = close.source === 'idle-timeout' ? 'idle' : close.category;
  return {
    status: state.status,
    close,
    category,
    severity: close.severity,
    phase,
    titleKey: state.status === 'reconnecting' ? 'title.reconnecting' : `title.${category}`,
    descriptionKey: descriptionKey(close),
    actions: actionsFor(phase, close, canContactSupport),
  };
}

/** The label of an action: "Resume" after an idle pause, "Try again" once retries ran out. */
export function actionLabelKey(action: OverlayAction, view: OverlayView): MessageKey {
  switch (action) {
    case 'reconnect':
      if (view.phase === 'gave-up') return 'action.tryAgain';
      return view.category === 'idle' ? 'action.resume' : 'action.reconnect';
    case 'cancel-retry':
      return 'action.cancelRetry';
    case 'copy-details':
      return 'action.copyDetails';
    default:
      return `action.${action}`;
  }
}
