import { createFollower, engineFor, type Follower } from './follower.js';
import {
  createStartupEngine,
  type StartupEngine,
  type StartupStoreOptions,
} from './startup-engine.js';
import type { StartupControls, StartupState } from './startup-state.js';
import type { CloseStream } from './stream-types.js';

export type { StartupStoreOptions } from './startup-engine.js';

/** A framework-free follower of one stream's start-up state. */
export interface StartupStore
  extends Follower<StartupState, StartupStoreOptions>, StartupControls {}

const engines = new WeakMap<object, StartupEngine>();

/**
 * Follows one Arcware stream on its way to the first frame (`null` while it does not exist yet):
 * connecting, the queue, the backend's progress, WebRTC, autoplay, and a watchdog for a first
 * frame that never comes. Every follower of a stream shares one state and one watchdog.
 */
export function createStartupStore(
  stream: CloseStream | null | undefined,
  initialOptions?: StartupStoreOptions,
): StartupStore {
  return createFollower(engineFor(engines, stream, createStartupEngine), initialOptions, [
    'play',
    'reconnect',
  ]);
}
