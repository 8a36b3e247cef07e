import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { IDLE_STATE, type CloseControls, type CloseState } from '../core/close-state.js';
import { createCloseStore, type CloseStoreOptions } from '../core/close-store.js';
import type { CloseStream } from '../core/stream-types.js';

/** What `useArcwareCloseState` returns: the close state plus the viewer's controls. */
export type ArcwareCloseState = CloseState & CloseControls;

/** Options of `useArcwareCloseState`; the latest ones apply from the next close on. */
export type ArcwareCloseOptions = CloseStoreOptions;

const serverSnapshot = (): CloseState => IDLE_STATE;

/**
 * Follows an Arcware stream's socket closes and returns what to show and what can be done.
 * `pixelStreaming` may be `null` until the stream exists; the state is then idle.
 */
export function useArcwareCloseState(
  pixelStreaming: CloseStream | null | undefined,
  options?: ArcwareCloseOptions,
): ArcwareCloseState {
  // One store per stream; a store attaches only while subscribed, so a discarded one leaks nothing.
  const store = useMemo(() => createCloseStore(pixelStreaming), [pixelStreaming]);
  // Declared before useSyncExternalStore so its effect runs before the store attaches.
  useEffect(() => store.setOptions(options));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
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
