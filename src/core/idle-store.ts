import { createFollower, engineFor, type Follower } from './follower.js';
import { createIdleEngine, type IdleEngine, type IdleWarningOptions } from './idle-engine.js';
import type { IdleWarningControls, IdleWarningState } from './idle-state.js';
import type { CloseStream } from './stream-types.js';

export type { IdleWarningOptions } from './idle-engine.js';

/** A framework-free follower of one stream's idle warning. */
export interface IdleWarningStore
  extends Follower<IdleWarningState, IdleWarningOptions>, IdleWarningControls {}

const engines = new WeakMap<object, IdleEngine>();

/**
 * Follows one Arcware stream's idle (AFK) warning (`null` while it does not exist yet): whether it
 * runs, the seconds left, and the idle settings in force. Every follower of a stream shares one.
 */
export function createIdleWarningStore(
  stream: CloseStream | null | undefined,
  initialOptions?: IdleWarningOptions,
): IdleWarningStore {
  return createFollower(engineFor(engines, stream, createIdleEngine), initialOptions, ['stay']);
}
