/** Backoff settings for automatic reconnects. */
export interface BackoffOptions {
  /** Ceiling of the first delay, in ms (the delay falls in its upper half). Default 2 000. */
  initialMs?: number;
  /** Ceiling of any delay, in ms. Default 30 000. */
  maxMs?: number;
}

/** Returns a number in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * The backoff used when none is given: the five default delays add up to at least
 * 1 + 2 + 4 + 8 + 15 = 30 s, so no viewer gives up during an outage shorter than that.
 */
export const DEFAULT_BACKOFF: Required<BackoffOptions> = { initialMs: 2_000, maxMs: 30_000 };

const finiteAtLeast = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;

/**
 * Equal-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff and Jitter"): a
 * delay drawn uniformly from [ceiling / 2, ceiling), ceiling = min(maxMs, initialMs * 2^attempt),
 * in whole ms. The floor bounds how soon the attempts run out; the jitter still spreads a herd.
 */
export function reconnectDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: RandomSource = Math.random,
): number {
  const maxMs = finiteAtLeast(options.maxMs, 0, DEFAULT_BACKOFF.maxMs);
  const initialMs = Math.min(finiteAtLeast(options.initialMs, 0, DEFAULT_BACKOFF.initialMs), maxMs);
  const exponent = Math.min(Math.max(0, Math.floor(finiteAtLeast(attempt, 0, 0))), 52);
  const ceiling = Math.min(maxMs, initialMs * 2 ** exponent);
  const floor = Math.floor(ceiling / 2);
  const draw = random();
  const unit = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1 - Number.EPSILON) : 0.5;
  // floor + a whole part of (ceiling - floor): an integer, and below the ceiling for any draw.
  return floor + Math.floor(unit * (ceiling - floor));
}
