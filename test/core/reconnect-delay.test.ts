import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, reconnectDelay } from '../../src/core/index.js';

const justBelowOne = () => 1 - Number.EPSILON;

describe('reconnectDelay', () => {
  it('draws uniformly between zero and the exponential ceiling', () => {
    const options = { initialMs: 1_000, maxMs: 60_000 };
    expect(reconnectDelay(0, options, () => 0)).toBe(0);
    expect(reconnectDelay(0, options, () => 0.5)).toBe(500);
    expect(reconnectDelay(3, options, () => 0.5)).toBe(4_000);
    expect(reconnectDelay(3, options, justBelowOne)).toBe(7_999);
  });

  it('never exceeds maxMs, however many attempts', () => {
    const options = { initialMs: 1_000, maxMs: 10_000 };
    for (const attempt of [4, 10, 60, 1_000, Number.MAX_SAFE_INTEGER]) {
      expect(reconnectDelay(attempt, options, justBelowOne)).toBeLessThan(10_000);
      expect(reconnectDelay(attempt, options, () => 0.5)).toBe(5_000);
    }
  });

  it('stays within bounds for every draw of a real random source', () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const ceiling = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.initialMs * 2 ** attempt);
      for (let draw = 0; draw < 200; draw += 1) {
        const delay = reconnectDelay(attempt);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
  });

  it('treats bad input as the defaults, never as NaN or a negative delay', () => {
    expect(reconnectDelay(NaN, { initialMs: NaN, maxMs: -5 }, () => 0.5)).toBe(0);
    expect(reconnectDelay(-3, {}, () => 0.5)).toBe(500);
    expect(reconnectDelay(2, { initialMs: Infinity }, () => 0.5)).toBe(2_000);
    expect(reconnectDelay(1, {}, () => NaN)).toBe(1_000);
    expect(reconnectDelay(1, {}, () => 7)).toBe(1_999);
  });
});
