import { useMemo } from 'react';
import { IDLE_STARTUP, type StartupControls, type StartupState } from '../core/startup-state.js';
import { createStartupStore, type StartupStoreOptions } from '../core/startup-store.js';
import type { CloseStream } from '../core/stream-types.js';
import { useFollower } from './use-follower.js';

/** What `useArcwareStartupState` returns: the start-up state plus the viewer's controls. */
export type ArcwareStartupState = StartupState & StartupControls;

/**
 * Follows an Arcware stream on its way to the first frame: connecting, the queue, the backend's
 * progress, WebRTC, autoplay, and a watchdog. `pixelStreaming` may be `null` until it exists.
 */
export function useArcwareStartupState(
  pixelStreaming: CloseStream | null | undefined,
  options?: StartupStoreOptions,
): ArcwareStartupState {
  const [state, store] = useFollower(createStartupStore, pixelStreaming, options, IDLE_STARTUP);
  return useMemo(
    () => ({ ...state, play: store.play, reconnect: store.reconnect }),
    [state, store],
  );
}
