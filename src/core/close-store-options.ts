import type { ClosePolicyOverrides } from './close-descriptor.js';
import type { CloseInfo } from './close-state.js';
import type { BackoffOptions, RandomSource } from './reconnect-delay.js';

/** A close as reported to monitoring: no session id, and no reason text unless asked for. */
export interface CloseReport {
  code: number | null;
  name: string;
  category: CloseInfo['category'];
  source: CloseInfo['source'];
  wasClean: boolean;
  /** Automatic attempts made before this close since the last recovery. */
  attempt: number;
  at: number;
  /** The sanitized reason, only with `includeReason: true`. */
  reason?: string;
}

/** Options of `createCloseStore` (and of `useArcwareCloseState`). */
export interface CloseStoreOptions {
  /** Retry `retry: 'auto'` closes by themselves. Default `true`. */
  autoReconnect?: boolean;
  /** Most automatic attempts per close; a code's `attemptLimit` may lower it. Default 5. */
  maxAttempts?: number;
  /** Backoff bounds for automatic attempts. */
  backoff?: BackoffOptions;
  /** Per-code overrides of the built-in policy. */
  policy?: ClosePolicyOverrides;
  /** Called once per close the viewer may see, for monitoring. */
  onClose?: (report: CloseReport) => void;
  /** Adds the sanitized reason to `onClose` reports. Default `false`. */
  includeReason?: boolean;
  /** How long a new socket must stay open to count as recovered, in ms. Default 5 000. */
  recoveredAfterMs?: number;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Random source in [0, 1). Default `Math.random`. */
  random?: RandomSource;
}

/** Automatic attempts when the host sets none. */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** How long a new socket must stay open to count as recovered when the host sets nothing. */
export const DEFAULT_RECOVERED_AFTER_MS = 5_000;

/** Most automatic attempts for a close: the host's limit, lowered by the code's own. */
export function attemptLimit(options: CloseStoreOptions, close: CloseInfo): number {
  const max = options.maxAttempts;
  const own = typeof max === 'number' && max >= 0 ? Math.floor(max) : DEFAULT_MAX_ATTEMPTS;
  return Math.min(own, close.attemptLimit ?? Infinity);
}

/** The monitoring report of a close: nothing personal, the reason only when asked for. */
export function toCloseReport(close: CloseInfo, attempt: number, withReason: boolean): CloseReport {
  const { code, name, category, source, wasClean, at } = close;
  const report: CloseReport = { code, name, category, source, wasClean, attempt, at };
  if (withReason) report.reason = close.reason;
  return report;
}
