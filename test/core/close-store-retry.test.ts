import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseStore } from '../../src/core/close-store.js';
import { ScriptedStream } from '../support/scripted-stream.js';

let stream: ScriptedStream;
const NOW = 1_700_000_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  stream = new ScriptedStream();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function follow(options: Parameters<typeof createCloseStore>[1] = {}) {
  const store = createCloseStore(stream, { random: () => 0.5, ...options });
  store.subscribe(() => {});
  return store;
}

/** Lets the pending retry fire; the new socket opens and the server drops it at once. */
function failNextAttempt(code = 1006): void {
  vi.runOnlyPendingTimers();
  stream.open();
  stream.close(code, '', false);
}

describe('createCloseStore: automatic retries', () => {
  it('schedules the first attempt with equal jitter and shows when it is due', () => {
    const store = follow({ backoff: { initialMs: 1_000, maxMs: 30_000 } });
    stream.close(1006, '', false);
    expect(store.getSnapshot()).toMatchObject({
      status: 'reconnecting',
      attempt: 0,
      retryAt: NOW + 750,
    });
    vi.advanceTimersByTime(749);
    expect(stream.reconnects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(stream.reconnects).toBe(1);
    expect(store.getSnapshot()).toMatchObject({ attempt: 1, retryAt: null });
  });

  it('doubles the ceiling per attempt, capped by maxMs', () => {
    const store = follow({ random: () => 0.999, backoff: { initialMs: 1_000, maxMs: 3_000 } });
    stream.close(1006);
    const delays: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      delays.push((store.getSnapshot().retryAt ?? 0) - Date.now());
      failNextAttempt();
    }
    expect(delays).toEqual([999, 1_999, 2_998]);
  });

  it('gives up after maxAttempts on a server that accepts and drops every connection', () => {
    const store = follow({ maxAttempts: 3 });
    stream.close(1006);
    for (let i = 0; i < 3; i += 1) failNextAttempt();
    expect(store.getSnapshot()).toMatchObject({
      status: 'closed',
      gaveUp: true,
      attempt: 3,
      maxAttempts: 3,
    });
    vi.advanceTimersByTime(600_000);
    expect(stream.reconnects).toBe(3);
  });

  it('honours a code’s attemptLimit (4666: two attempts)', () => {
    const store = follow({ maxAttempts: 5 });
    stream.close(4666);
    expect(store.getSnapshot().maxAttempts).toBe(2);
    failNextAttempt(4666);
    failNextAttempt(4666);
    expect(store.getSnapshot()).toMatchObject({ gaveUp: true, status: 'closed' });
    expect(stream.reconnects).toBe(2);
  });

  it('waits longer before asking a full backend again (4501: backoffScale 4)', () => {
    const store = follow({ random: () => 0.5, backoff: { initialMs: 1_000 } });
    stream.close(4501);
    expect(store.getSnapshot().retryAt).toBe(NOW + 3_000);
  });

  it('recovers 4470 through a fresh session, once', () => {
    const store = follow();
    stream.close(4470);
    const cleared = ScriptedStream.cleared;
    vi.runOnlyPendingTimers();
    expect(ScriptedStream.cleared).toBe(cleared + 1);
    expect(stream.reconnects).toBe(1);
    stream.open();
    stream.close(4470);
    expect(store.getSnapshot()).toMatchObject({ status: 'closed', gaveUp: true });
  });

  it('counts an attempt as recovered only once the socket stayed open', () => {
    const store = follow({ recoveredAfterMs: 2_000 });
    stream.close(1006);
    vi.runOnlyPendingTimers();
    stream.open();
    vi.advanceTimersByTime(1_999);
    expect(store.getSnapshot().status).toBe('reconnecting');
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot()).toMatchObject({ status: 'idle', attempt: 0 });
  });

  it('counts a session id from the backend as recovered at once', () => {
    const store = follow();
    stream.close(1006);
    vi.runOnlyPendingTimers();
    stream.sessionIdHandler.emit('session-1');
    expect(store.getSnapshot().status).toBe('idle');
  });

  it('stops retrying on a terminal close', () => {
    const store = follow();
    stream.close(1006);
    failNextAttempt(4450);
    expect(store.getSnapshot()).toMatchObject({ status: 'closed', close: { code: 4450 } });
    vi.advanceTimersByTime(600_000);
    expect(stream.reconnects).toBe(1);
  });

  it('never retries with autoReconnect off', () => {
    const store = follow({ autoReconnect: false });
    stream.close(1006);
    vi.advanceTimersByTime(600_000);
    expect(store.getSnapshot().status).toBe('closed');
    expect(stream.reconnects).toBe(0);
  });

  it('never retries a manual or terminal code by itself', () => {
    follow();
    stream.close(4461);
    stream.close(4450);
    vi.advanceTimersByTime(600_000);
    expect(stream.reconnects).toBe(0);
  });
});

describe('createCloseStore: offline and hidden', () => {
  function stubBrowser(onLine: boolean, visibilityState: DocumentVisibilityState) {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState });
    const nav = { onLine };
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', doc);
    vi.stubGlobal('navigator', nav);
    return { win, doc, nav };
  }

  it('makes no attempt while offline, then one prompt attempt on online', () => {
    const { win, nav } = stubBrowser(false, 'visible');
    const store = follow();
    stream.close(1006);
    expect(store.getSnapshot()).toMatchObject({
      status: 'reconnecting',
      waitingFor: 'online',
      retryAt: null,
    });
    vi.advanceTimersByTime(600_000);
    expect(stream.reconnects).toBe(0);
    nav.onLine = true;
    win.dispatchEvent(new Event('online'));
    expect(stream.reconnects).toBe(1);
    expect(store.getSnapshot()).toMatchObject({ attempt: 1, waitingFor: null });
    stream.open();
    stream.close(1006);
    expect(store.getSnapshot().retryAt).toBe(Date.now() + 3_000);
  });

  it('makes no attempt while the tab is hidden, then one when it is visible', () => {
    const { doc } = stubBrowser(true, 'hidden');
    const store = follow();
    stream.close(1006);
    expect(store.getSnapshot().waitingFor).toBe('visible');
    vi.advanceTimersByTime(600_000);
    expect(stream.reconnects).toBe(0);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(stream.reconnects).toBe(1);
  });

  it('pauses a scheduled attempt that falls due while offline', () => {
    const { nav } = stubBrowser(true, 'visible');
    const store = follow();
    stream.close(1006);
    nav.onLine = false;
    vi.runOnlyPendingTimers();
    expect(stream.reconnects).toBe(0);
    expect(store.getSnapshot().waitingFor).toBe('online');
  });

  it('stops listening to the browser once detached', () => {
    const { win } = stubBrowser(false, 'visible');
    const store = createCloseStore(stream);
    const unsubscribe = store.subscribe(() => {});
    stream.close(1006);
    unsubscribe();
    win.dispatchEvent(new Event('online'));
    expect(stream.reconnects).toBe(0);
  });
});
