import { warnOnce } from './dev-warning.js';
import type { CloseStoreOptions } from './close-store-options.js';

type Most = (...values: number[]) => number;

const RETRY_NAMES = ['autoReconnect', 'maxAttempts', 'initialMs', 'maxMs', 'recoveredAfterMs'];

const retryValues = (options: CloseStoreOptions): unknown[] => [
  options.autoReconnect,
  options.maxAttempts,
  options.backoff?.initialMs,
  options.backoff?.maxMs,
  options.recoveredAfterMs,
];

/**
 * The options in force for a stream several followers pass options to. Retry options take the most
 * cautious value any follower asked for, so adding a follower can never add attempts: automatic
 * reconnects off if one says so, the fewest attempts, the longest backoff and recovery wait.
 * Everything else comes from the first follower that sets it.
 */
export function optionsInForce(all: readonly CloseStoreOptions[]): CloseStoreOptions {
  const cautious = (read: (options: CloseStoreOptions) => unknown, most: Most) => {
    const given = all.map(read).filter((value) => typeof value === 'number' && value >= 0);
    return given.length > 0 ? most(...(given as number[])) : undefined;
  };
  const first = <K extends keyof CloseStoreOptions>(key: K): CloseStoreOptions[K] =>
    all.find((options) => options[key] !== undefined)?.[key];
  return {
    autoReconnect: all.every((options) => options.autoReconnect !== false),
    maxAttempts: cautious((options) => options.maxAttempts, Math.min),
    backoff: {
      initialMs: cautious((options) => options.backoff?.initialMs, Math.max),
      maxMs: cautious((options) => options.backoff?.maxMs, Math.max),
    },
    recoveredAfterMs: cautious((options) => options.recoveredAfterMs, Math.max),
    policy: first('policy'),
    now: first('now'),
    random: first('random'),
  };
}

/** Warns once in development when a follower asked for retry options that are not in force. */
export function warnOnRetryConflict(
  all: readonly CloseStoreOptions[],
  inForce: CloseStoreOptions,
): void {
  const held = retryValues(inForce);
  for (const asked of all) {
    retryValues(asked).forEach((value, index) => {
      if (value === undefined || value === held[index]) return;
      warnOnce(
        `Followers of one stream asked for different retry options: ${RETRY_NAMES[index]} ` +
          `${String(value)}, in force ${String(held[index])} (the most cautious any follower gives).`,
      );
    });
  }
}
