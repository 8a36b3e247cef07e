import type { ClosePolicyOverrides } from './close-descriptor.js';
import type { CloseControls, CloseState } from './close-state.js';
import type { BackoffOptions, RandomSource } from './reconnect-delay.js';

/** A close as reported to monitoring: nothing personal, no session id. */
export interface CloseReport {
  code: number | null;
  name: string;
  category: string;
  wasClean: boolean;
  attempt: number;
  at: number;
  /** The sanitized reason, only with `includeReason: true`. */
  reason?: string;
}

/** Options of `createCloseStore` (and of `useArcwareCloseState`). */
export interface CloseStoreOptions {
  /** Retry `retry: 'auto'` closes by themselves. Default `true`. */
  autoReconnect?: boolean;
  /** Most automatic attempts per close. Default 5. */
  maxAttempts?: number;
  /** Backoff bounds for automatic attempts. */
  backoff?: BackoffOptions;
  /** Per-code overrides of the built-in policy. */
  policy?: ClosePolicyOverrides;
  /** Called once per close, for monitoring. */
  onClose?: (report: CloseReport) => void;
  /** Adds the sanitized reason to `onClose` reports. Default `false`. */
  includeReason?: boolean;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Random source in [0, 1). Default `Math.random`. */
  random?: RandomSource;
}

/** A framework-free store of one stream's close state. */
export interface CloseStore extends CloseControls {
  subscribe(listener: () => void): () => void;
  getSnapshot(): CloseState;
  destroy(): void;
}
