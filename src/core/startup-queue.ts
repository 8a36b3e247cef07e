import type { QueuePosition } from './startup-state.js';
import { field } from './stream-hub.js';

const UNIT_MS: Record<string, number> = {
  milliseconds: 1,
  seconds: 1_000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** Longest wait worth showing: a week; anything longer is a server's nonsense. */
const MAX_WAIT_MS = 7 * 86_400_000;
/** Largest queue worth showing. */
const MAX_QUEUE = 1_000_000;

const count = (value: unknown, min: number): number | null =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_QUEUE
    ? (value as number)
    : null;

/**
 * Reads a queue message (`{ queue: { index, queueLength, waited, estimatedWaitTime, valueType } }`,
 * or the inner object) into a position, or `null` when it says nothing a viewer can trust.
 */
export function readQueue(message: unknown): QueuePosition | null {
  const queue = field(message, 'queue') ?? message;
  const index = count(field(queue, 'index'), 0);
  if (index === null) return null;
  const position = index + 1;
  const length = count(field(queue, 'queueLength'), position);
  const unit = UNIT_MS[String(field(queue, 'valueType'))];
  const toMs = (value: unknown): number | null => {
    if (!unit || typeof value !== 'number' || !(value >= 0)) return null;
    const ms = Math.round(value * unit);
    return ms <= MAX_WAIT_MS ? ms : null;
  };
  return {
    position,
    length,
    estimatedWaitMs: toMs(field(queue, 'estimatedWaitTime')),
    waitedMs: toMs(field(queue, 'waited')),
  };
}
