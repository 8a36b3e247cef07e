import { useMemo } from 'react';
import {
  IDLE_WARNING_OFF,
  type IdleWarningControls,
  type IdleWarningState,
} from '../core/idle-state.js';
import { createIdleWarningStore, type IdleWarningOptions } from '../core/idle-store.js';
import type { CloseStream } from '../core/stream-types.js';
import { useFollower } from './use-follower.js';

/** What `useArcwareIdleWarning` returns: the warning's state plus `stay()`. */
export type ArcwareIdleWarning = IdleWarningState & IdleWarningControls;

/**
 * Follows an Arcware stream's idle warning: `active`, `secondsLeft`, `endsAt` (tick a countdown
 * from it without re-rendering the host), the idle settings in force, and `stay()`.
 */
export function useArcwareIdleWarning(
  pixelStreaming: CloseStream | null | undefined,
  options?: IdleWarningOptions,
): ArcwareIdleWarning {
  const [state, store] = useFollower(
    createIdleWarningStore,
    pixelStreaming,
    options,
    IDLE_WARNING_OFF,
  );
  return useMemo(() => ({ ...state, stay: store.stay }), [state, store]);
}
