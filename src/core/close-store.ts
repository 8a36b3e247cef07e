import { createCloseEngine, type CloseEngine } from './close-engine.js';
import type { CloseStoreOptions } from './close-store-options.js';
import type { CloseControls, CloseState } from './close-state.js';
import { createFollower, engineFor, type Follower } from './follower.js';
import type { CloseStream } from './stream-types.js';

export type { CloseReport, CloseStoreOptions } from './close-store-options.js';

/** A framework-free follower of one stream's close state. */
export interface CloseStore extends Follower<CloseState, CloseStoreOptions>, CloseControls {}

const engines = new WeakMap<object, CloseEngine>();

/**
 * Follows one Arcware stream's closes (`null` while it does not exist yet). Any number of stores,
 * hooks and overlays may follow the same stream: they share one state and one retry schedule, and
 * the stream is subscribed once. Retry options take the most cautious value any follower gives.
 */
export function createCloseStore(
  stream: CloseStream | null | undefined,
  initialOptions?: CloseStoreOptions,
): CloseStore {
  return createFollower(engineFor(engines, stream, createCloseEngine), initialOptions, [
    'reconnect',
    'newSession',
    'dismiss',
    'cancelRetry',
  ]);
}
