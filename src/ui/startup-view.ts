import { sanitizeCloseReason } from '../core/sanitize-close-reason.js';
import type { StartupPhase, StartupState } from '../core/startup-state.js';
import { startupEnglish } from '../locales/english/startup.js';
import { numberFormat } from '../locales/format-message.js';
import type { MessageKey } from '../locales/types.js';
import type { Translate } from './close-details.js';

/** The phases `<StartupOverlay>` shows; it renders nothing while idle or playing. */
export type StartupOverlayPhase = Exclude<StartupPhase, 'idle' | 'playing'>;

/** What a viewer can do during start-up: start a refused video, or reconnect a stalled one. */
export type StartupOverlayAction = 'start' | 'reconnect';

/** What the start-up overlay shows for one state, with every text looked up. */
export interface StartupView {
  phase: StartupOverlayPhase;
  /** The phase's sentence; the same for the whole phase. */
  title: string;
  /** A second sentence (stalled: what helps), or `''`. */
  description: string;
  /** The backend's progress text as plain text, or `''`. */
  progress: string;
  /** The queue position and the estimated wait, each `''` when unknown. */
  position: string;
  wait: string;
  action: StartupOverlayAction | null;
}

/** The title of a phase the overlay shows: every phase but idle and playing has one. */
function titleKey(phase: unknown): MessageKey | null {
  const key = `startup.title.${typeof phase === 'string' ? phase : ''}`;
  return Object.hasOwn(startupEnglish, key) ? (key as MessageKey) : null;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

const isCount = (value: unknown, min: number): value is number =>
  Number.isInteger(value) && (value as number) >= min;

/** "About 2 minutes" (minutes, then hours), "Less than a minute", or `''` when the wait is unknown. */
export function waitText(ms: unknown, t: Translate, lang: string): string {
  if (typeof ms !== 'number' || !(ms >= 0) || ms === Infinity) return '';
  if (ms < MINUTE_MS) return t('startup.queue.waitUnderMinute');
  const minutes = Math.round(ms / MINUTE_MS);
  const unit = minutes < 60 ? 'minute' : 'hour';
  const format = numberFormat(lang, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  return t('startup.queue.wait', {
    duration: format.format(unit === 'minute' ? minutes : ms / HOUR_MS),
  });
}

/** "You are number 3 in line (of 5)"; `''` when the position makes no sense. */
export function positionText(queue: unknown, t: Translate): string {
  const { position, length } = (queue && typeof queue === 'object' ? queue : {}) as {
    position?: unknown;
    length?: unknown;
  };
  if (!isCount(position, 1)) return '';
  return isCount(length, position)
    ? t('startup.queue.positionOf', { position, length })
    : t('startup.queue.position', { position });
}

/**
 * Decides what the start-up overlay shows for a state, or `null` when it shows nothing: while
 * idle or playing, and for anything that is not a start-up state.
 */
export function startupView(
  state: Partial<StartupState> | null | undefined,
  t: Translate,
  lang: string,
): StartupView | null {
  const phase = state && typeof state === 'object' ? state.phase : undefined;
  const title = titleKey(phase);
  if (!title) return null;
  const shown = phase as StartupOverlayPhase;
  const queued = shown === 'queued';
  return {
    phase: shown,
    title: t(title),
    description: shown === 'stalled' ? t('startup.description.stalled') : '',
    progress: shown === 'preparing' ? sanitizeCloseReason(state?.progress) : '',
    position: queued ? positionText(state?.queue, t) : '',
    wait: queued ? waitText(state?.queue?.estimatedWaitMs, t, lang) : '',
    action: shown === 'needs-interaction' ? 'start' : shown === 'stalled' ? 'reconnect' : null,
  };
}
