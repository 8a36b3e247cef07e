import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseStore, type CloseReport } from '../../src/core/close-store.js';
import { IDLE_TIMEOUT_REASON } from '../../src/core/close-events.js';
import { ScriptedStream } from '../support/scripted-stream.js';

let stream: ScriptedStream;
const NOW = 1_700_000_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  stream = new ScriptedStream();
});
afterEach(() => vi.useRealTimers());

function follow(options: Parameters<typeof createCloseStore>[1] = {}) {
  const store = createCloseStore(stream, { random: () => 0.5, ...options });
  const unsubscribe = store.subscribe(() => {});
  return { store, unsubscribe };
}

describe('createCloseStore: which closes are reported', () => {
  it('reports a close seen by both the transport and the close hub once', () => {
    const reports: CloseReport[] = [];
    const { store } = follow({ onClose: (report) => reports.push(report) });
    stream.close(4450, 'Unauthorized');
    expect(reports).toHaveLength(1);
    expect(store.getSnapshot().close).toMatchObject({ code: 4450, name: 'UNAUTHORIZED' });
  });

  it('reports once when each channel gets its own equal event object (the ws client)', () => {
    const reports: CloseReport[] = [];
    follow({ onClose: (report) => reports.push(report) });
    const event = () => ({ code: 4503, reason: 'gone', wasClean: true }) as CloseEvent;
    stream.webRtcController.transport.emit('close', event());
    stream.websocketOnCloseHandler.emit(event());
    expect(reports).toHaveLength(1);
  });

  it('keeps equal closes that come through one channel', () => {
    const reports: CloseReport[] = [];
    follow({ onClose: (report) => reports.push(report) });
    for (let i = 0; i < 3; i += 1) {
      stream.websocketOnCloseHandler.emit({ code: 4503, reason: '', wasClean: true } as CloseEvent);
    }
    expect(reports).toHaveLength(3);
  });

  it("reports a server error's code and reason instead of the SDK's own 1000", () => {
    const { store } = follow();
    stream.errorHandler.emit({ code: 4506, reason: 'idle for too long' });
    stream.close(1000, 'idle for too long');
    expect(store.getSnapshot().close).toMatchObject({
      code: 4506,
      name: 'CLIENT_AFK',
      category: 'idle',
      reason: 'idle for too long',
      source: 'server',
    });
  });

  it('ignores server errors below 4000, which never close the socket', () => {
    const { store } = follow();
    stream.errorHandler.emit({ code: 1, reason: 'stream hiccup' });
    stream.close(1006);
    expect(store.getSnapshot().close?.code).toBe(1006);
  });

  it('shows nothing for the close of a reconnect the page asked for', () => {
    const { store } = follow();
    stream.open();
    stream.reconnect();
    stream.close(1000, 'Reconnecting...');
    expect(store.getSnapshot().status).toBe('idle');
  });

  it('returns to idle when the page itself disconnects, even while retrying', () => {
    const { store } = follow();
    stream.open();
    stream.close(1006);
    expect(store.getSnapshot().status).toBe('reconnecting');
    stream.open();
    stream.disconnect();
    stream.close(1000, '');
    expect(store.getSnapshot()).toMatchObject({ status: 'idle', close: null });
    vi.advanceTimersByTime(60_000);
    expect(stream.reconnects).toBe(0);
  });

  it('reads the browser idle timeout as idle, with resume and no automatic retry', () => {
    const { store } = follow();
    stream.fire('afkTimedOut');
    stream.close(1000, IDLE_TIMEOUT_REASON);
    expect(store.getSnapshot()).toMatchObject({
      status: 'closed',
      close: {
        code: 1000,
        category: 'idle',
        actions: ['reconnect', 'dismiss'],
        source: 'idle-timeout',
      },
    });
    vi.advanceTimersByTime(60_000);
    expect(stream.reconnects).toBe(0);
  });

  it('keeps a plain server 1000 a normal close', () => {
    const { store } = follow();
    stream.close(1000, 'bye');
    expect(store.getSnapshot().close).toMatchObject({ category: 'normal', source: 'server' });
  });
});

describe('createCloseStore: the monitoring report', () => {
  it('carries code, name, category, wasClean, attempt and time, and no reason by default', () => {
    const reports: CloseReport[] = [];
    follow({ onClose: (report) => reports.push(report) });
    stream.close(4461, 'user@example.com ran out of time', true);
    expect(reports).toEqual([
      {
        code: 4461,
        name: 'MAX_RUNTIME',
        category: 'session',
        source: 'server',
        wasClean: true,
        attempt: 0,
        at: NOW,
      },
    ]);
  });

  it('adds the sanitized reason only when asked to', () => {
    const reports: CloseReport[] = [];
    follow({ includeReason: true, onClose: (report) => reports.push(report) });
    stream.close(4461, 'time\u202E up');
    expect(reports[0]?.reason).toBe('time up');
  });

  it('survives an onClose that throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { store } = follow({
      onClose: () => {
        throw new Error('monitoring is down');
      },
    });
    stream.close(4450);
    stream.close(4460);
    expect(store.getSnapshot().close?.code).toBe(4460);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});

describe('createCloseStore: actions', () => {
  it('newSession() drops the stored session, then reconnects', () => {
    const { store } = follow();
    stream.close(4461);
    const cleared = ScriptedStream.cleared;
    store.newSession();
    expect(ScriptedStream.cleared).toBe(cleared + 1);
    expect(stream.reconnects).toBe(1);
    expect(store.getSnapshot().status).toBe('reconnecting');
  });

  it('reconnect() keeps the session and reconnects', () => {
    const { store } = follow();
    stream.close(4504);
    const cleared = ScriptedStream.cleared;
    store.reconnect();
    expect(ScriptedStream.cleared).toBe(cleared);
    expect(stream.reconnects).toBe(1);
  });

  it('dismiss() returns to idle', () => {
    const { store } = follow();
    stream.close(4450);
    store.dismiss();
    expect(store.getSnapshot().status).toBe('idle');
  });

  it('cancelRetry() stops a scheduled retry and keeps the close shown', () => {
    const { store } = follow();
    stream.close(1006);
    store.cancelRetry();
    vi.advanceTimersByTime(60_000);
    expect(stream.reconnects).toBe(0);
    expect(store.getSnapshot()).toMatchObject({ status: 'closed', close: { code: 1006 } });
  });

  it('a reconnect the page starts while a close is shown reads as reconnecting', () => {
    const { store } = follow();
    stream.close(4504);
    stream.reconnect();
    expect(store.getSnapshot()).toMatchObject({ status: 'reconnecting', attempt: 0 });
  });
});

describe('createCloseStore: attaching', () => {
  it('attaches on the first subscriber and detaches on the last', () => {
    const store = createCloseStore(stream);
    expect(stream.listenerCount()).toBe(0);
    const first = store.subscribe(() => {});
    const attached = stream.listenerCount();
    expect(attached).toBeGreaterThan(0);
    const second = store.subscribe(() => {});
    expect(stream.listenerCount()).toBe(attached);
    first();
    expect(stream.listenerCount()).toBe(attached);
    second();
    expect(stream.listenerCount()).toBe(0);
  });

  it('leaves no timer behind when the last subscriber leaves mid-retry', () => {
    const { unsubscribe } = follow();
    stream.close(1006);
    expect(vi.getTimerCount()).toBe(1);
    unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('destroy() detaches for good', () => {
    const { store } = follow();
    store.destroy();
    expect(stream.listenerCount()).toBe(0);
    store.subscribe(() => {});
    expect(stream.listenerCount()).toBe(0);
  });

  it('accepts no stream at all', () => {
    const store = createCloseStore(null);
    store.subscribe(() => {})();
    store.reconnect();
    store.newSession();
    expect(store.getSnapshot().status).toBe('idle');
  });

  it('works with the smallest stream: a close hub, reconnect() and websocketState', () => {
    const hub = stream.websocketOnCloseHandler;
    let reconnects = 0;
    const store = createCloseStore(
      { websocketOnCloseHandler: hub, websocketState: 3, reconnect: () => void (reconnects += 1) },
      { random: () => 0 },
    );
    store.subscribe(() => {});
    hub.emit({ code: 1006, reason: '', wasClean: false } as CloseEvent);
    vi.advanceTimersByTime(1_000);
    expect(reconnects).toBe(1);
  });
});
