import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseStore, type CloseReport } from '../../src/core/close-store.js';
import { ScriptedStream } from '../support/scripted-stream.js';

let stream: ScriptedStream;

beforeEach(() => {
  vi.useFakeTimers();
  stream = new ScriptedStream();
});
afterEach(() => vi.useRealTimers());

function follow() {
  const store = createCloseStore(stream, { random: () => 0.5 });
  store.subscribe(() => {});
  return store;
}

describe('createCloseStore: bad input', () => {
  it('shows a null close event as an unknown close', () => {
    const store = follow();
    expect(() => stream.websocketOnCloseHandler.emit(null as unknown as CloseEvent)).not.toThrow();
    expect(store.getSnapshot()).toMatchObject({
      status: 'closed',
      close: { code: null, name: 'NOT_A_CLOSE_CODE', reason: '' },
    });
  });

  it('reads a numeric string code, and shows a word or a missing code as unknown', () => {
    const store = follow();
    stream.close('4450');
    expect(store.getSnapshot().close?.code).toBe(4450);
    stream.close('teapot');
    expect(store.getSnapshot().close).toMatchObject({ code: null, category: 'unknown' });
    stream.websocketOnCloseHandler.emit({ reason: 'no code' } as CloseEvent);
    expect(store.getSnapshot().close).toMatchObject({ code: null, reason: 'no code' });
  });

  it('cuts a 10 000-character reason to 123 bytes', () => {
    const store = follow();
    stream.close(4450, 'x'.repeat(10_000));
    expect(store.getSnapshot().close?.reason).toBe('x'.repeat(123));
  });

  it('survives an event whose getters throw', () => {
    const store = follow();
    const hostile = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => stream.websocketOnCloseHandler.emit(hostile as CloseEvent)).not.toThrow();
    expect(store.getSnapshot().close?.code).toBeNull();
  });

  it('takes a burst of 10 000 closes in one task: last one shown, one timer, one report each, no empty notification', () => {
    const store = follow();
    const reports: CloseReport[] = [];
    store.setOptions({ random: () => 0.5, onClose: (report) => reports.push(report) });
    const seen = [store.getSnapshot()];
    store.subscribe(() => seen.push(store.getSnapshot()));
    for (let i = 0; i < 10_000; i += 1)
      stream.close(i % 2 ? 4503 : 1006, 'r'.repeat(10_000), false);
    expect(store.getSnapshot()).toMatchObject({
      status: 'reconnecting',
      close: { code: 4503 },
      attempt: 0,
    });
    expect(reports).toHaveLength(10_000);
    expect(seen.every((snapshot, i) => i === 0 || snapshot !== seen[i - 1])).toBe(true);
    expect(vi.getTimerCount()).toBe(1);
    vi.runOnlyPendingTimers();
    expect(stream.reconnects).toBe(1);
  });

  it('does not notify when a close changes nothing (4507 is never shown)', () => {
    const store = follow();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    stream.close(4507);
    expect(notified).toBe(0);
    expect(store.getSnapshot().status).toBe('idle');
  });

  it('survives a stream whose hubs are missing or broken', () => {
    const broken = {
      websocketOnCloseHandler: {
        add() {
          throw new Error('no');
        },
        remove() {
          throw new Error('no');
        },
      },
      reconnect() {
        throw new Error('torn down');
      },
      get websocketState(): number {
        throw new Error('torn down');
      },
      webRtcController: null,
    };
    const store = createCloseStore(broken, { random: () => 0 });
    expect(() => store.subscribe(() => {})()).not.toThrow();
    expect(() => store.reconnect()).not.toThrow();
  });
});
