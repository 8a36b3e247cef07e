/** Backoff settings for automatic reconnects. */
export interface BackoffOptions {
  /** Upper bound of the first delay, in ms. Default 1 000. */
  initialMs?: number;
  /** Upper bound of any delay, in ms. Default 30 000. */
  maxMs?: number;
}

/** Returns a number in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/** The backoff used when none is given. */
export const DEFAULT_BACKOFF: Required<BackoffOptions> = { initialMs: 1_000, maxMs: 30_000 };

const finiteAtLeast = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;

/**
 * Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * a delay drawn uniformly from [0, min(maxMs, initialMs * 2^attempt)), in whole ms.
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
  const draw = random();
  const unit = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1 - Number.EPSILON) : 0.5;
  return Math.floor(unit * ceiling);
}
