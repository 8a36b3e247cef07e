import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseStore, type CloseReport } from '../../src/core/close-store.js';
import type { CloseStream } from '../../src/core/stream-types.js';
import { Hub, ScriptedStream } from '../support/scripted-stream.js';

let stream: ScriptedStream;

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
  stream = new ScriptedStream();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function follower(options: Parameters<typeof createCloseStore>[1] = {}) {
  const store = createCloseStore(stream, { random: () => 0.5, ...options });
  const unsubscribe = store.subscribe(() => {});
  return { store, unsubscribe };
}

/** Lets every due retry fire; the new socket opens and the server drops it at once. */
function dropEveryAttempt(rounds: number): void {
  for (let i = 0; i < rounds; i += 1) {
    vi.runOnlyPendingTimers();
    stream.open();
    stream.close(1006, '', false);
  }
}

describe('createCloseStore: followers of one stream', () => {
  it('share one state and one retry schedule, however many follow', () => {
    const followers = [follower({ maxAttempts: 3 }), follower(), follower({ maxAttempts: 3 })];
    stream.close(1006, '', false);
    dropEveryAttempt(10);
    expect(stream.reconnects).toBe(3);
    const snapshots = followers.map(({ store }) => store.getSnapshot());
    expect(new Set(snapshots).size).toBe(1);
    expect(snapshots[0]).toMatchObject({ status: 'closed', gaveUp: true, attempt: 3 });
  });

  it('subscribes to the stream once, and the last follower to leave detaches everything', () => {
    const first = follower();
    const once = stream.listenerCount();
    const others = [follower(), follower()];
    expect(stream.listenerCount()).toBe(once);
    stream.close(1006, '', false);
    expect(vi.getTimerCount()).toBe(1);
    first.unsubscribe();
    others[0]!.store.destroy();
    expect(stream.listenerCount()).toBe(once);
    others[1]!.unsubscribe();
    expect(stream.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('picks a pending retry up again when a follower comes back after all had left', () => {
    const { store, unsubscribe } = follower();
    stream.close(1006, '', false);
    unsubscribe();
    vi.advanceTimersByTime(60_000);
    expect(stream.reconnects).toBe(0);
    store.subscribe(() => {});
    vi.runOnlyPendingTimers();
    expect(stream.reconnects).toBe(1);
  });

  it("does not reset another follower's attempt count when one of them retries", () => {
    const a = follower({ maxAttempts: 2 });
    const b = follower({ maxAttempts: 2 });
    stream.close(1006, '', false);
    dropEveryAttempt(1);
    expect(b.store.getSnapshot().attempt).toBe(1);
    dropEveryAttempt(5);
    expect(a.store.getSnapshot()).toMatchObject({ gaveUp: true, attempt: 2 });
    expect(stream.reconnects).toBe(2);
  });

  it('opens no socket for a terminal close, whoever follows', () => {
    follower();
    follower({ maxAttempts: 9 });
    stream.close(4460, 'trial over');
    vi.advanceTimersByTime(120_000);
    expect(stream.reconnects).toBe(0);
  });

  it('takes the most cautious retry options any follower gives, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const eager = follower({ maxAttempts: 7 });
    const quiet = follower({ maxAttempts: 4, autoReconnect: false });
    follower();
    // The hook passes its options again on every render: still one warning.
    for (let render = 0; render < 3; render += 1) eager.store.setOptions({ maxAttempts: 7 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('maxAttempts 7, in force 4');
    stream.close(1006, '', false);
    vi.advanceTimersByTime(120_000);
    expect(stream.reconnects).toBe(0);
    expect(quiet.store.getSnapshot().status).toBe('closed');
  });

  it('lets the cautious options go once the follower that asked for them leaves', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    follower();
    const strict = follower({ maxAttempts: 1 });
    strict.store.setOptions({ maxAttempts: 2, random: () => 0.5 });
    strict.unsubscribe();
    stream.close(1006, '', false);
    dropEveryAttempt(10);
    expect(stream.reconnects).toBe(5);
  });

  it('calls each follower its own onClose once per close, the same callback once', () => {
    const shared: CloseReport[] = [];
    const own: CloseReport[] = [];
    const onShared = (report: CloseReport) => shared.push(report);
    follower({ onClose: onShared });
    follower({ onClose: onShared });
    follower({ onClose: (report) => own.push(report), includeReason: true });
    stream.close(4460, 'trial over');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.reason).toBeUndefined();
    expect(own).toEqual([expect.objectContaining({ code: 4460, reason: 'trial over' })]);
  });

  it("ignores a discarded follower's options: only listening followers count", () => {
    createCloseStore(stream, { autoReconnect: false });
    follower();
    stream.close(1006, '', false);
    dropEveryAttempt(1);
    expect(stream.reconnects).toBe(1);
  });
});

/** The documented minimal shape: a close hub, `reconnect()` and `websocketState`, nothing else. */
class MinimalStream implements CloseStream {
  websocketOnCloseHandler = new Hub<{ code: number; reason: string; wasClean: boolean }>();
  websocketState = 1;
  reconnects = 0;
  reconnect(): void {
    this.reconnects += 1;
    this.websocketState = 0;
  }
  drop(): void {
    this.websocketState = 3;
    this.websocketOnCloseHandler.emit({ code: 1006, reason: '', wasClean: false });
  }
}

describe('createCloseStore: a stream without a transport', () => {
  it('counts as recovered once websocketState stays OPEN, and the next drop starts afresh', () => {
    const minimal = new MinimalStream();
    const store = createCloseStore(minimal, { random: () => 0.5, recoveredAfterMs: 1_000 });
    store.subscribe(() => {});
    for (let drop = 0; drop < 8; drop += 1) {
      minimal.drop();
      vi.advanceTimersByTime(store.getSnapshot().retryAt! - Date.now());
      expect(store.getSnapshot()).toMatchObject({ status: 'reconnecting', attempt: 1 });
      vi.advanceTimersByTime(2_000);
      expect(store.getSnapshot().status).toBe('reconnecting');
      minimal.websocketState = 1;
      vi.advanceTimersByTime(1_500);
      expect(store.getSnapshot()).toMatchObject({ status: 'idle', attempt: 0 });
    }
    expect(minimal.reconnects).toBe(8);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps counting attempts while the socket never opens', () => {
    const minimal = new MinimalStream();
    const store = createCloseStore(minimal, { random: () => 0.5, maxAttempts: 2 });
    store.subscribe(() => {});
    minimal.drop();
    for (let i = 0; i < 2; i += 1) {
      vi.advanceTimersByTime(store.getSnapshot().retryAt! - Date.now());
      vi.advanceTimersByTime(10_000);
      minimal.drop();
    }
    expect(store.getSnapshot()).toMatchObject({ status: 'closed', gaveUp: true, attempt: 2 });
  });
});
