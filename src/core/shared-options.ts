import { warnOnce } from './dev-warning.js';
import type { CloseStoreOptions } from './close-store-options.js';

type Pick = (values: number[]) => number;

const numbers = (values: unknown[]): number[] =>
  values.filter((value): value is number => typeof value === 'number' && value >= 0);

/** The most cautious of the values given, or `undefined` when nobody gave one. */
function cautious(values: unknown[], pick: Pick): number | undefined {
  const given = numbers(values);
  return given.length > 0 ? pick(given) : undefined;
}

const smallest: Pick = (values) => Math.min(...values);
const largest: Pick = (values) => Math.max(...values);

/**
 * The options in force for a stream several followers pass options to. Retry options take the most
 * cautious value any follower asked for, so adding a follower can never add attempts: automatic
 * reconnects off if one says so, the fewest attempts, the longest backoff and recovery wait.
 * Everything else comes from the first follower that sets it.
 */
export function optionsInForce(all: readonly CloseStoreOptions[]): CloseStoreOptions {
  const first = <K extends keyof CloseStoreOptions>(key: K): CloseStoreOptions[K] =>
    all.find((options) => options[key] !== undefined)?.[key];
  const backoff = {
    initialMs: cautious(
      all.map((options) => options.backoff?.initialMs),
      largest,
    ),
    maxMs: cautious(
      all.map((options) => options.backoff?.maxMs),
      largest,
    ),
  };
  return {
    autoReconnect: !all.some((options) => options.autoReconnect === false),
    maxAttempts: cautious(
      all.map((options) => options.maxAttempts),
      smallest,
    ),
    backoff,
    recoveredAfterMs: cautious(
      all.map((options) => options.recoveredAfterMs),
      largest,
    ),
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
  for (const asked of all) {
    const differs = (key: string, value: unknown, held: unknown) =>
      value !== undefined &&
      value !== held &&
      `${key} ${String(value)} (in force: ${String(held)})`;
    const conflict =
      differs('autoReconnect', asked.autoReconnect, inForce.autoReconnect) ||
      differs('maxAttempts', asked.maxAttempts, inForce.maxAttempts) ||
      differs('backoff.initialMs', asked.backoff?.initialMs, inForce.backoff?.initialMs) ||
      differs('backoff.maxMs', asked.backoff?.maxMs, inForce.backoff?.maxMs) ||
      differs('recoveredAfterMs', asked.recoveredAfterMs, inForce.recoveredAfterMs);
    if (conflict) {
      warnOnce(
        `Followers of one stream asked for different retry options: ${conflict}. ` +
          'One stream keeps one schedule, with the most cautious value any follower asked for.',
      );
    }
  }
}
