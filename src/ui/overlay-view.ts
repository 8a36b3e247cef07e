import type { CloseAction, CloseCategory, CloseSeverity } from '../core/close-descriptor.js';
import type { CloseInfo, CloseState } from '../core/close-state.js';
import { closeEnglish } from '../locales/english/close.js';
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
const ACTIONS = new Set<unknown>([
  'reconnect',
  'new-session',
  'contact-support',
  'reload',
  'dismiss',
]);

/** Whether a key names a message, so a host-built state with odd fields still finds text. */
const isKey = (key: string): key is MessageKey => Object.hasOwn(closeEnglish, key);

/** The description key for a close: its source, its code, or the range it falls in. */
export function descriptionKey(close: CloseInfo): MessageKey {
  if (close.source === 'idle-timeout') return 'description.idleTimeout';
  const byCode = `description.${String(close.code)}`;
  if (close.known && isKey(byCode)) return byCode;
  const byRange = `description.range.${close.range === 'standard' ? 'reserved' : close.range}`;
  return isKey(byRange) ? byRange : 'description.range.invalid';
}

function phaseOf(state: CloseState): OverlayPhase {
  if (state.status === 'closed') return state.gaveUp ? 'gave-up' : 'stopped';
  if (state.waitingFor !== null) return 'waiting';
  return Number.isFinite(state.retryAt) ? 'countdown' : 'connecting';
}

function actionsFor(
  phase: OverlayPhase,
  close: CloseInfo,
  canContactSupport: boolean,
): OverlayAction[] {
  const listed: readonly unknown[] = Array.isArray(close.actions) ? close.actions : [];
  const own = [...new Set(listed)].filter(
    (action): action is CloseAction =>
      ACTIONS.has(action) && (action !== 'contact-support' || canContactSupport),
  );
  if (phase === 'connecting') return own.filter((action) => !STARTS_ATTEMPT.has(action));
  // While a retry is due, "stop reconnecting" replaces "hide": both would stop it.
  if (phase === 'countdown' || phase === 'waiting') {
    return [...own.filter((action) => action !== 'dismiss'), 'cancel-retry'];
  }
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
  if (!state || !close || close.category === 'transient') return null;
  if (state.status !== 'closed' && state.status !== 'reconnecting') return null;
  const phase = phaseOf(state);
  const known = isKey(`title.${close.category}`) ? close.category : 'unknown';
  const category = close.source === 'idle-timeout' ? 'idle' : known;
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
