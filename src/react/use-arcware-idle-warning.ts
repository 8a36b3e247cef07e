import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  IDLE_WARNING_OFF,
  type IdleWarningControls,
  type IdleWarningState,
} from '../core/idle-state.js';
import { createIdleWarningStore, type IdleWarningOptions } from '../core/idle-store.js';
import type { CloseStream } from '../core/stream-types.js';

/** What `useArcwareIdleWarning` returns: the warning's state plus `stay()`. */
export type ArcwareIdleWarning = IdleWarningState & IdleWarningControls;

const serverSnapshot = (): IdleWarningState => IDLE_WARNING_OFF;

/**
 * Follows an Arcware stream's idle warning: `active`, `secondsLeft`, `endsAt` (tick a countdown
 * from it without re-rendering the host), the idle settings in force, and `stay()`.
 */
export function useArcwareIdleWarning(
  pixelStreaming: CloseStream | null | undefined,
  options?: IdleWarningOptions,
): ArcwareIdleWarning {
  const store = useMemo(() => createIdleWarningStore(pixelStreaming), [pixelStreaming]);
  // Declared before useSyncExternalStore so its effect runs before the store attaches.
  useEffect(() => store.setOptions(options));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  return useMemo(() => ({ ...state, stay: store.stay }), [state, store]);
}
