import type { CloseInfo, CloseState } from '../../src/core/close-state.js';
import { describeCloseCode } from '../../src/core/describe-close-code.js';

/** A fixed clock, so countdowns and times read the same in every run and screenshot. */
export const STORY_NOW = Date.UTC(2025, 0, 15, 14, 30, 0);

/** The clock the stories' overlays read. */
export const storyNow = (): number => STORY_NOW;

/** A close as the store would record it for `code`, from the server, at `STORY_NOW`. */
export function closeInfo(code: number, reason = ''): CloseInfo {
  return {
    ...describeCloseCode(code),
    reason,
    wasClean: code !== 1006,
    at: STORY_NOW,
    source: 'server',
  };
}

/** The three states every close code is shown in. */
export type StoryPhase = 'closed' | 'reconnecting' | 'gave-up';

/** A close state for `code` in one phase, as the overlay's `state` prop takes it. */
export function closeState(code: number, phase: StoryPhase, reason = ''): CloseState {
  const close = closeInfo(code, reason);
  const base = { close, waitingFor: null } as const;
  if (phase === 'reconnecting') {
    return {
      ...base,
      status: 'reconnecting',
      attempt: 1,
      maxAttempts: 5,
      retryAt: STORY_NOW + 8_000,
      gaveUp: false,
    };
  }
  if (phase === 'gave-up') {
    return { ...base, status: 'closed', attempt: 5, maxAttempts: 5, retryAt: null, gaveUp: true };
  }
  return { ...base, status: 'closed', attempt: 0, maxAttempts: 0, retryAt: null, gaveUp: false };
}
