import { useMemo } from 'react';
import { IDLE_STATE, type CloseControls, type CloseState } from '../core/close-state.js';
import { createCloseStore, type CloseStoreOptions } from '../core/close-store.js';
import type { CloseStream } from '../core/stream-types.js';
import { useFollower } from './use-follower.js';

/** What `useArcwareCloseState` returns: the close state plus the viewer's controls. */
export type ArcwareCloseState = CloseState & CloseControls;

/** Options of `useArcwareCloseState`; the latest ones apply from the next close on. */
export type ArcwareCloseOptions = CloseStoreOptions;

/**
 * Follows an Arcware stream's socket closes and returns what to show and what can be done.
 * `pixelStreaming` may be `null` until the stream exists; the state is then idle.
 */
export function useArcwareCloseState(
  pixelStreaming: CloseStream | null | undefined,
  options?: ArcwareCloseOptions,
): ArcwareCloseState {
  const [state, store] = useFollower(createCloseStore, pixelStreaming, options, IDLE_STATE);
  return useMemo(
    () => ({
      ...state,
      reconnect: store.reconnect,
      newSession: store.newSession,
      dismiss: store.dismiss,
      cancelRetry: store.cancelRetry,
    }),
    [state, store],
  );
}
