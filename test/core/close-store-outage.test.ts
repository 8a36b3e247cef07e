import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_ATTEMPTS } from '../../src/core/close-store-options.js';
import { createCloseStore, type CloseStore } from '../../src/core/close-store.js';
import { ScriptedStream } from '../support/scripted-stream.js';

const T0 = 1_700_000_000_000;

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => vi.useRealTimers());

/** A seeded PRNG, so every run draws the same jitter. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A viewer whose server refuses every socket until `refuseUntil`, then accepts. */
class Viewer extends ScriptedStream {
  sockets = 0;
  recoveredAt: number | null = null;
  store: CloseStore;
  constructor(seed: number, refuseUntil: number) {
    super();
    this.store = createCloseStore(this, { random: mulberry32(seed) });
    this.store.subscribe(() => {
      if (this.store.getSnapshot().status === 'idle') this.recoveredAt ??= Date.now();
    });
    this.reconnect = () => {
      this.sockets += 1;
      this.fire('streamReconnect');
      setTimeout(() => {
        if (Date.now() < refuseUntil) return this.close(1006, '', false);
        this.open();
        this.sessionIdHandler.emit('session');
      }, 30);
    };
  }
}

describe('a service restart with default options', () => {
  it.each([5_000, 25_000])(
    'refusing every socket for %i ms loses no viewer, each within 1 + maxAttempts sockets',
    (outageMs) => {
      const viewers = Array.from({ length: 300 }, (_, i) => new Viewer(i + 1, T0 + outageMs));
      for (const viewer of viewers) viewer.close(1012, 'Service restart', true);
      vi.advanceTimersByTime(120_000);
      expect(viewers.filter((viewer) => viewer.store.getSnapshot().gaveUp)).toHaveLength(0);
      expect(Math.max(...viewers.map((viewer) => viewer.sockets))).toBeLessThanOrEqual(
        DEFAULT_MAX_ATTEMPTS,
      );
      const back = viewers.map((viewer) => viewer.recoveredAt ?? Infinity).sort((a, b) => a - b);
      const p99 = back[Math.ceil(back.length * 0.99) - 1]!;
      if (outageMs === 5_000) expect(p99 - (T0 + outageMs)).toBeLessThanOrEqual(15_000);
      expect(p99).toBeLessThan(Infinity);
    },
  );
});
