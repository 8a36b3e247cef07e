import { createCloseEngine, type CloseEngine, type CloseFollower } from './close-engine.js';
import type { CloseStoreOptions } from './close-store-options.js';
import type { CloseControls, CloseState } from './close-state.js';
import type { CloseStream } from './stream-types.js';

export type { CloseReport, CloseStoreOptions } from './close-store-options.js';

/** A framework-free follower of one stream's close state. */
export interface CloseStore extends CloseControls {
  /** Adds a listener; the stream is followed while any follower of it has one. */
  subscribe(listener: () => void): () => void;
  /** The stream's current state, the same object for every follower until something changes. */
  getSnapshot(): CloseState;
  /** Replaces this follower's options; they count from the next close on. */
  setOptions(options: CloseStoreOptions | undefined): void;
  /** Leaves for good: this follower's listeners and options no longer count. */
  destroy(): void;
}

// One engine per stream object: every follower shares its state and its one retry schedule.
const engines = new WeakMap<object, CloseEngine>();

function engineFor(stream: CloseStream | null | undefined): CloseEngine {
  if (!stream || (typeof stream !== 'object' && typeof stream !== 'function')) {
    return createCloseEngine(null);
  }
  let engine = engines.get(stream);
  if (!engine) engines.set(stream, (engine = createCloseEngine(stream)));
  return engine;
}

/**
 * Follows one Arcware stream's closes (`null` while it does not exist yet). Any number of stores,
 * hooks and overlays may follow the same stream: they share one state and one retry schedule, and
 * the stream is subscribed once. Retry options take the most cautious value any follower gives.
 */
export function createCloseStore(
  stream: CloseStream | null | undefined,
  initialOptions?: CloseStoreOptions,
): CloseStore {
  const engine = engineFor(stream);
  const follower: CloseFollower = { options: initialOptions ?? {} };
  const unlisteners = new Set<() => void>();
  let leave: (() => void) | null = null;
  let destroyed = false;

  function leaveIfQuiet(): void {
    if (unlisteners.size > 0) return;
    leave?.();
    leave = null;
  }

  const unlessDestroyed =
    (action: () => void): (() => void) =>
    () => {
      if (!destroyed) action();
    };

  return {
    subscribe(listener) {
      if (destroyed) return () => {};
      // Options count once this follower listens, so a store React discards never counts.
      leave ??= engine.join(follower);
      // Wrapped, so the same function subscribed twice is two subscriptions.
      const unlisten = engine.listen(() => listener());
      const stop = (): void => {
        if (!unlisteners.delete(stop)) return;
        unlisten();
        leaveIfQuiet();
      };
      unlisteners.add(stop);
      return stop;
    },
    getSnapshot: engine.getSnapshot,
    setOptions(next) {
      follower.options = next ?? {};
      if (leave) engine.optionsChanged();
    },
    reconnect: unlessDestroyed(engine.reconnect),
    newSession: unlessDestroyed(engine.newSession),
    dismiss: unlessDestroyed(engine.dismiss),
    cancelRetry: unlessDestroyed(engine.cancelRetry),
    destroy() {
      destroyed = true;
      for (const stop of [...unlisteners]) stop();
    },
  };
}
