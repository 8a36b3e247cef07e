import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Follower } from '../core/follower.js';
import type { CloseStream } from '../core/stream-types.js';

/**
 * Follows a stream through a store `create` makes, one per stream; the state and the store. The
 * server (and hydration) sees `serverState`. Each render's options count from the next change on.
 */
export function useFollower<S, O, F extends Follower<S, O>>(
  create: (stream: CloseStream | null | undefined) => F,
  pixelStreaming: CloseStream | null | undefined,
  options: O | undefined,
  serverState: S,
): [S, F] {
  // A store attaches only while subscribed, so one React discards leaks nothing.
  const store = useMemo(() => create(pixelStreaming), [create, pixelStreaming]);
  // Declared before useSyncExternalStore so its effect runs before the store attaches.
  useEffect(() => store.setOptions(options));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverState);
  return [state, store];
}
