import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStartupStore } from '../../src/core/startup-store.js';
import { Hub, ScriptedStream } from '../support/scripted-stream.js';

const EXTRA_HUBS = ['queueHandler', 'loveLetterHandler', 'videoInitializedHandler'];
let stream: ScriptedStream & Record<string, unknown>;
const T0 = 1_700_000_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  stream = new ScriptedStream() as ScriptedStream & Record<string, unknown>;
  for (const name of EXTRA_HUBS) stream[name] = new Hub<unknown>();
});
afterEach(() => vi.useRealTimers());

const hub = (name: string) => stream[name] as Hub<unknown>;

function follow(options = {}) {
  const store = createStartupStore(stream, options);
  const unsubscribe = store.subscribe(() => {});
  return { store, unsubscribe };
}

describe('createStartupStore: the phases', () => {
  it('walks connect, queue, progress, WebRTC and the first frame', () => {
    const { store } = follow();
    const phases: string[] = [];
    store.subscribe(() => phases.push(store.getSnapshot().phase));
    stream.fire('streamConnect');
    stream.sessionIdHandler.emit('s');
    hub('queueHandler').emit({ queue: { index: 0, queueLength: 2, valueType: 'seconds' } });
    hub('loveLetterHandler').emit({ reason: 'LL: Loading <b>level</b> 2', code: 0 });
    stream.fire('webRtcSdp');
    stream.fire('webRtcConnected');
    hub('videoInitializedHandler').emit(undefined);
    expect(phases).toEqual([
      'connecting',
      'preparing',
      'queued',
      'preparing',
      'negotiating',
      'waiting-for-video',
      'playing',
    ]);
  });

  it('keeps progress as plain text, without the LL: prefix', () => {
    const { store } = follow();
    stream.fire('streamConnect');
    hub('loveLetterHandler').emit({ reason: 'LL: <img src=x onerror=alert(1)>\u202e' });
    expect(store.getSnapshot()).toMatchObject({
      phase: 'preparing',
      progress: '<img src=x onerror=alert(1)>',
    });
  });

  it('hands over to the close state on a close, and starts again on a reconnect', () => {
    const { store } = follow();
    stream.fire('streamConnect');
    stream.fire('webRtcSdp');
    stream.close(1006, '', false);
    expect(store.getSnapshot().phase).toBe('idle');
    stream.reconnect();
    expect(store.getSnapshot().phase).toBe('connecting');
  });

  it('asks for a click when autoplay is refused, and plays once it starts', () => {
    const { store } = follow();
    stream.fire('streamConnect');
    stream.fire('webRtcConnected');
    hub('videoInitializedHandler').emit(undefined);
    stream.fire('playStreamRejected');
    expect(store.getSnapshot().phase).toBe('needs-interaction');
    stream.fire('playStream');
    expect(store.getSnapshot().phase).toBe('playing');
  });
});

describe('createStartupStore: the watchdog', () => {
  it('stalls without progress, re-arms on progress, never while queued', () => {
    const { store } = follow({ stalledAfterMs: 10_000 });
    stream.fire('streamConnect');
    hub('queueHandler').emit({ queue: { index: 4, valueType: 'seconds' } });
    vi.advanceTimersByTime(600_000);
    expect(store.getSnapshot().phase).toBe('queued');
    hub('loveLetterHandler').emit({ reason: 'LL: step 1' });
    vi.advanceTimersByTime(9_000);
    hub('loveLetterHandler').emit({ reason: 'LL: step 2' });
    vi.advanceTimersByTime(9_000);
    expect(store.getSnapshot().phase).toBe('preparing');
    stream.fire('webRtcConnected');
    vi.advanceTimersByTime(10_000);
    expect(store.getSnapshot()).toMatchObject({ phase: 'stalled', since: Date.now() });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes the most patient time any follower asks for, and leaves no timer behind', () => {
    const a = follow({ stalledAfterMs: 5_000 });
    const b = follow({ stalledAfterMs: 20_000 });
    stream.fire('streamConnect');
    vi.advanceTimersByTime(19_000);
    expect(a.store.getSnapshot().phase).toBe('connecting');
    vi.advanceTimersByTime(1_000);
    expect(b.store.getSnapshot().phase).toBe('stalled');
    stream.fire('streamReconnect');
    a.unsubscribe();
    b.unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
    expect(stream.listenerCount()).toBe(0);
    for (const name of EXTRA_HUBS) expect((stream[name] as Hub<unknown>).callbacks).toHaveLength(0);
  });

  it('reconnect() from stalled asks the stream to reconnect', () => {
    const { store } = follow({ stalledAfterMs: 1_000 });
    stream.fire('streamConnect');
    vi.advanceTimersByTime(1_000);
    store.reconnect();
    expect(stream.reconnects).toBe(1);
    expect(store.getSnapshot().phase).toBe('connecting');
  });
});
