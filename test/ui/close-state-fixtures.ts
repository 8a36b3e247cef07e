import { vi } from 'vitest';
import { describeCloseCode } from '../../src/core/describe-close-code.js';
import type { CloseInfo, CloseState } from '../../src/core/close-state.js';

/** A fixed close time, so details render the same on every run. */
export const CLOSED_AT = Date.UTC(2025, 0, 2, 3, 4, 5);

/** A close as the hook would report it. */
export function closeInfo(code: unknown, extra: Partial<CloseInfo> = {}): CloseInfo {
  return {
    ...describeCloseCode(code),
    reason: '',
    wasClean: true,
    at: CLOSED_AT,
    source: 'server',
    ...extra,
  };
}

/** A state waiting for the viewer after `code` closed the stream. */
export function closedState(code: unknown, extra: Partial<CloseState> = {}): CloseState {
  return {
    status: 'closed',
    close: closeInfo(code),
    attempt: 0,
    maxAttempts: 0,
    retryAt: null,
    gaveUp: false,
    waitingFor: null,
    ...extra,
  };
}

/** A state with an automatic retry under way. */
export function reconnectingState(code: unknown, extra: Partial<CloseState> = {}): CloseState {
  return closedState(code, { status: 'reconnecting', maxAttempts: 5, ...extra });
}

/** Spy controls, as `useArcwareCloseState` returns them. */
export function spyControls() {
  return { reconnect: vi.fn(), newSession: vi.fn(), dismiss: vi.fn(), cancelRetry: vi.fn() };
}
