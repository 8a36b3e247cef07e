import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ATTEMPTS } from '../../src/core/close-store-options.js';
import { DEFAULT_BACKOFF, reconnectDelay } from '../../src/core/index.js';

const lowest = () => 0;
const justBelowOne = () => 1 - Number.EPSILON;

describe('reconnectDelay', () => {
  it('draws uniformly between half the exponential ceiling and the ceiling', () => {
    const options = { initialMs: 1_000, maxMs: 60_000 };
    expect(reconnectDelay(0, options, lowest)).toBe(500);
    expect(reconnectDelay(0, options, () => 0.5)).toBe(750);
    expect(reconnectDelay(0, options, justBelowOne)).toBe(999);
    expect(reconnectDelay(3, options, lowest)).toBe(4_000);
    expect(reconnectDelay(3, options, () => 0.5)).toBe(6_000);
    expect(reconnectDelay(3, options, justBelowOne)).toBe(7_999);
  });

  it('never exceeds maxMs, however many attempts', () => {
    const options = { initialMs: 1_000, maxMs: 10_000 };
    for (const attempt of [4, 10, 60, 1_000, Number.MAX_SAFE_INTEGER]) {
      expect(reconnectDelay(attempt, options, justBelowOne)).toBe(9_999);
      expect(reconnectDelay(attempt, options, lowest)).toBe(5_000);
    }
    expect(reconnectDelay(3, { initialMs: 1_000, maxMs: 1_001 }, justBelowOne)).toBe(1_000);
  });

  it('stays within bounds for every draw of a real random source', () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const ceiling = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.initialMs * 2 ** attempt);
      for (let draw = 0; draw < 200; draw += 1) {
        const delay = reconnectDelay(attempt);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThan(ceiling);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
  });

  it('waits at least 30 s over the default attempts, so a shorter outage never exhausts them', () => {
    const shortest = Array.from({ length: DEFAULT_MAX_ATTEMPTS }, (_, attempt) =>
      reconnectDelay(attempt, {}, lowest),
    );
    expect(shortest).toEqual([1_000, 2_000, 4_000, 8_000, 15_000]);
    expect(shortest.reduce((sum, delay) => sum + delay, 0)).toBeGreaterThanOrEqual(30_000);
  });

  it('treats bad input as the defaults, never as NaN or a negative delay', () => {
    expect(reconnectDelay(NaN, { initialMs: NaN, maxMs: -5 }, () => 0.5)).toBe(0);
    expect(reconnectDelay(-3, {}, () => 0.5)).toBe(1_500);
    expect(reconnectDelay(Infinity, {}, () => 0.5)).toBe(1_500);
    expect(reconnectDelay(2, { initialMs: Infinity }, () => 0.5)).toBe(6_000);
    expect(reconnectDelay(1, {}, () => NaN)).toBe(3_000);
    expect(reconnectDelay(1, {}, () => 7)).toBe(3_999);
    expect(reconnectDelay(1, {}, () => -7)).toBe(2_000);
  });
});
